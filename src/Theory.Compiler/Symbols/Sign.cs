namespace Theory.Symbols;

/// <summary>
/// The sign of a causal edge or path. <see cref="Indeterminate"/> is a value, not a gap: an
/// unknown or mixed effect (`changed`, `appropriate`, an unsigned link) flows through loop and
/// path analysis as unknown rather than being forced to + or −.
/// </summary>
public enum Sign
{
    Positive,
    Negative,
    Indeterminate,
}

public static class SignExtensions
{
    public static Sign Times(this Sign left, Sign right) =>
        left == Sign.Indeterminate || right == Sign.Indeterminate ? Sign.Indeterminate
        : left == right ? Sign.Positive : Sign.Negative;

    public static Sign Negate(this Sign sign) => sign switch
    {
        Sign.Positive => Sign.Negative,
        Sign.Negative => Sign.Positive,
        _ => Sign.Indeterminate,
    };

    public static string ToSymbol(this Sign sign) => sign switch
    {
        Sign.Positive => "+",
        Sign.Negative => "-",
        _ => "?",
    };

    public static bool IsDefinite(this Sign sign) => sign != Sign.Indeterminate;
}
