namespace Theory.Symbols;

/// <summary>Whether an outcome is marked intermediate or final (seed 000's outcome levels).</summary>
public enum Tier
{
    None,
    Intermediate,
    Final,
}
