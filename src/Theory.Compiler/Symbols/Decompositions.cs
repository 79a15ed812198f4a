using System.Text;

namespace Theory.Symbols;

/// <summary>
/// Unicode decomposition (NFD, and NFKD with compatibility mappings) from tables generated from
/// UnicodeData.txt (Decompositions.g.cs), so that it is the same on every machine: the platform's
/// normaliser depends on ICU, and does nothing at all in invariant-globalization mode.
/// </summary>
internal static partial class Decompositions
{
    private const int HangulBase = 0xAC00, HangulCount = 11172, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    /// <summary>
    /// True when no character of <paramref name="text"/> can decompose or reorder (every name in
    /// ASCII, say): nothing below U+00C0 has a canonical decomposition, nor below U+00A0 a compatibility one.
    /// </summary>
    public static bool IsTrivial(string text, bool compatibility = false)
    {
        var first = compatibility ? '\u00A0' : '\u00C0';
        foreach (var c in text)
            if (c >= first)
                return false;
        return true;
    }

    /// <summary>The canonical (NFD) or, with <paramref name="compatibility"/>, compatibility (NFKD) decomposition.</summary>
    public static string Decompose(string text, bool compatibility)
    {
        if (IsTrivial(text, compatibility))
            return text;
        var codePoints = new List<int>(text.Length + 4);
        foreach (var codePoint in Syntax.IdentifierCharacters.CodePoints(text))
            Append(codePoint, compatibility, codePoints);

        // Canonical ordering: within each run of combining marks, a stable sort by class.
        for (var i = 1; i < codePoints.Count; i++)
        {
            var cls = ClassOf(codePoints[i]);
            if (cls == 0)
                continue;
            for (var j = i; j > 0 && ClassOf(codePoints[j - 1]) > cls; j--)
                (codePoints[j - 1], codePoints[j]) = (codePoints[j], codePoints[j - 1]);
        }

        var builder = new StringBuilder(codePoints.Count + 4);
        foreach (var codePoint in codePoints)
        {
            if (codePoint > 0xFFFF)
                builder.Append(char.ConvertFromUtf32(codePoint));
            else
                builder.Append((char)codePoint);
        }

        return builder.ToString();
    }

    private static void Append(int codePoint, bool compatibility, List<int> output)
    {
        if (codePoint is >= HangulBase and < HangulBase + HangulCount)
        {
            var index = codePoint - HangulBase;
            output.Add(LeadBase + (index / (VowelCount * TrailCount)));
            output.Add(VowelBase + (index % (VowelCount * TrailCount) / TrailCount));
            if (index % TrailCount != 0)
                output.Add(TrailBase + (index % TrailCount));
            return;
        }

        var found = Array.BinarySearch(Sources, codePoint);
        if (found < 0 || (Ends[found] < 0 && !compatibility))
        {
            output.Add(codePoint);
            return;
        }

        var start = found == 0 ? 0 : Math.Abs(Ends[found - 1]);
        var mapping = Mappings.Substring(start, Math.Abs(Ends[found]) - start);
        for (var i = 0; i < mapping.Length; i++)
        {
            var next = char.IsHighSurrogate(mapping[i]) && i + 1 < mapping.Length ? char.ConvertToUtf32(mapping[i], mapping[++i]) : mapping[i];
            Append(next, compatibility, output);
        }
    }

    private static int ClassOf(int codePoint)
    {
        var found = Array.BinarySearch(MarkCodePoints, codePoint);
        return found < 0 ? 0 : MarkClasses[found];
    }
}
