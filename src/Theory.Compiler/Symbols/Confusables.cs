namespace Theory.Symbols;

/// <summary>
/// Unicode's confusables table (TR39): for each character that looks like another, the prototype
/// it looks like. The data is generated (Confusables.g.cs, by tools/generate-confusables.sh).
/// </summary>
internal static partial class Confusables
{
    /// <summary>The prototype of <paramref name="codePoint"/>, or null when it is its own.</summary>
    public static string? Prototype(int codePoint)
    {
        var index = Array.BinarySearch(Sources, codePoint);
        if (index < 0)
            return null;
        var start = index == 0 ? 0 : Ends[index - 1];
        return Prototypes.Substring(start, Ends[index] - start);
    }
}
