namespace Theory.Symbols;

/// <summary>
/// Compares names as Unicode says they are the same: canonically equivalent names (`é` written as
/// one code point or as `e` and a combining accent, NFC and NFD) are one name. ASCII names, nearly
/// all of them, compare ordinally at no extra cost.
/// </summary>
internal sealed class NameComparer : IEqualityComparer<string>
{
    public static NameComparer Instance { get; } = new();

    private NameComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
            return true;
        if (x is null || y is null || (Decompositions.IsTrivial(x) && Decompositions.IsTrivial(y)))
            return false;
        return string.Equals(Decompositions.Decompose(x, compatibility: false), Decompositions.Decompose(y, compatibility: false), StringComparison.Ordinal);
    }

    public int GetHashCode(string obj) =>
        StringComparer.Ordinal.GetHashCode(Decompositions.Decompose(obj, compatibility: false));
}
