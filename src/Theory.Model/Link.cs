namespace Theory.Model;

/// <summary>A signed edge of the causal web: one construct influences another.</summary>
/// <param name="From">The id of the influencing construct.</param>
/// <param name="To">The id of the influenced construct.</param>
/// <param name="Sign">The combined sign of every claim that asserts the edge.</param>
/// <param name="Claims">The ids of the CMOCs and links that assert it.</param>
/// <param name="IsConditional">True when some asserting claim holds only under extra conditions.</param>
public sealed record Link(string From, string To, Sign Sign, ValueList<string> Claims, bool IsConditional)
{
    /// <inheritdoc />
    public override string ToString() => $"{From} -> {To} ({(Sign == Sign.Positive ? "+" : Sign == Sign.Negative ? "-" : "?")})";
}
