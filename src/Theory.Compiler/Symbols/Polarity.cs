namespace Theory.Symbols;

/// <summary>
/// A feedback loop's character: reinforcing (an even number of negative edges), balancing (odd),
/// or indeterminate when an edge's sign is unknown.
/// </summary>
public enum Polarity
{
    Unspecified,
    Reinforcing,
    Balancing,
    Indeterminate,
}
