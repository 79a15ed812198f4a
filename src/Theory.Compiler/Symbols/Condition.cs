namespace Theory.Symbols;

/// <summary>A `when` (the claim holds only there) or `unless` (it does not hold there) condition.</summary>
public sealed record Condition(bool IsUnless, Term Term)
{
    public override string ToString() => (IsUnless ? "unless " : "when ") + Term;
}
