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

    /// <summary>
    /// True when <paramref name="text"/> is one whole name as the lexer reads it: a start character
    /// then continuing ones, where a `-` or `.` followed by a digit also continues (`P4-20`,
    /// `CF1.2`), and digits may lead when a start character follows them (`4.3a`).
    /// </summary>
    public static bool IsName(string text)
    {
        var points = CodePoints(text).ToList();
        var i = 0;
        if (points.Count > 0 && IsDigit(points[0]))
        {
            // Leading numbered part: digits, separated by `-` or `.`, then a start character.
            while (i < points.Count && IsDigit(points[i]))
            {
                i++;
                if (i + 1 < points.Count && points[i] is '-' or '.' && IsDigit(points[i + 1]))
                    i++;
            }
        }

        if (i >= points.Count || !IsStart(points[i]))
            return false;
        for (i++; i < points.Count; i++)
        {
            if (IsPart(points[i]))
                continue;
            if (points[i] is '-' or '.' && i + 1 < points.Count && IsDigit(points[i + 1]))
                continue;
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is a number as the lexer reads one (`12`, `4.3`), which may be a CMOC's ID.</summary>
    public static bool IsNumber(string text)
    {
        var parts = text.Split('.');
        return parts.Length <= 2 && parts.All(p => p.Length > 0 && p.All(c => c is >= '0' and <= '9'));
    }

    private static bool IsDigit(int codePoint) => codePoint is >= '0' and <= '9';

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
