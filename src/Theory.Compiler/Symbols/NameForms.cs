using System.Text;

namespace Theory.Symbols;

/// <summary>
/// The forms of a name that matter for telling names apart (canonical equivalence is
/// <see cref="NameComparer"/>'s): its skeleton (Unicode TR39), under which names that look alike —
/// `0` and `O`, full-width `ｔｒｕｓｔ`, the ligature in `ﬁnance` — are the same, and the alphabet of
/// each letter, for names that mix look-alike scripts (`trуst` with a Cyrillic `у`).
/// </summary>
internal static class NameForms
{
    /// <summary>
    /// The TR39 skeleton of the name's compatibility decomposition (NFKD, so full-width letters and
    /// ligatures count as what they stand for): each character replaced by its prototype from
    /// Unicode's confusables table, then decomposed again.
    /// </summary>
    public static string Skeleton(string text)
    {
        var decomposed = Decompositions.Decompose(text, compatibility: true);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var codePoint = char.IsHighSurrogate(decomposed[i]) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1])
                ? char.ConvertToUtf32(decomposed[i], decomposed[++i])
                : decomposed[i];
            if (Confusables.Prototype(codePoint) is { } prototype)
                builder.Append(prototype);
            else if (codePoint > 0xFFFF)
                builder.Append(char.ConvertFromUtf32(codePoint));
            else
                builder.Append((char)codePoint);
        }

        return Decompositions.Decompose(builder.ToString(), compatibility: false);
    }

    /// <summary>
    /// The alphabet a letter belongs to, for the scripts whose letters look alike (Latin, Greek,
    /// Cyrillic, Armenian, Cherokee), or null for any other character. Blocks, not the Unicode
    /// Script property, which .NET does not expose; these blocks hold only their script's letters.
    /// </summary>
    public static string? LookAlikeScript(int codePoint) => codePoint switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0x00C0 and <= 0x024F and not (0x00D7 or 0x00F7) or >= 0x1E00 and <= 0x1EFF
            or >= 0x2C60 and <= 0x2C7F or >= 0xA720 and <= 0xA7FF or >= 0xAB30 and <= 0xAB6F => "Latin",
        >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF => "Greek",
        >= 0x0400 and <= 0x052F or >= 0x1C80 and <= 0x1C8F or >= 0x2DE0 and <= 0x2DFF or >= 0xA640 and <= 0xA69F => "Cyrillic",
        >= 0x0530 and <= 0x058F or >= 0xFB13 and <= 0xFB17 => "Armenian",
        >= 0x13A0 and <= 0x13FF or >= 0xAB70 and <= 0xABBF => "Cherokee",
        _ => null,
    };
}
