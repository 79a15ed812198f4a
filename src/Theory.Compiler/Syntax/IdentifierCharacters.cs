namespace Theory.Syntax;

/// <summary>
/// Which characters may start and continue a name (Unicode's XID_Start and XID_Continue, UAX #31),
/// from the same Unicode data the lexer is generated with (IdentifierCharacters.g.cs), so that a
/// name made by the compiler — an imported construct, a CMOC ID — always lexes as one name.
/// </summary>
internal static partial class IdentifierCharacters
{
    public static bool IsStart(int codePoint) => codePoint == '_' || InRanges(XIDStart, codePoint);

    public static bool IsPart(int codePoint) => InRanges(XIDContinue, codePoint);

    /// <summary>True when <paramref name="text"/> is one whole name as the lexer reads it.</summary>
    public static bool IsName(string text)
    {
        var first = true;
        foreach (var codePoint in CodePoints(text))
        {
            if (first ? !IsStart(codePoint) : !IsPart(codePoint))
                return false;
            first = false;
        }

        return !first;
    }

    public static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                yield return text[i];
            }
        }
    }

    // Ranges are flattened (first, last) pairs in ascending order.
    private static bool InRanges(int[] ranges, int codePoint)
    {
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < ranges[2 * middle])
                high = middle - 1;
            else if (codePoint > ranges[(2 * middle) + 1])
                low = middle + 1;
            else
                return true;
        }

        return false;
    }
}
