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
        // Appended a character at a time: this runs for every declared name.
        foreach (var codePoint in Syntax.IdentifierCharacters.CodePoints(decomposed))
        {
            if (Confusables.Prototype(codePoint) is { } prototype)
                builder.Append(prototype);
            else if (codePoint > 0xFFFF)
                builder.Append(char.ConvertFromUtf32(codePoint));
            else
                builder.Append((char)codePoint);
        }

        return Decompositions.Decompose(builder.ToString(), compatibility: false);
    }

    /// <summary>The alphabet a letter belongs to, for the scripts whose letters look alike, or null for any other character.</summary>
    public static string? LookAlikeScript(int codePoint) => LookAlikeScripts.Of(codePoint);
}
