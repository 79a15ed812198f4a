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
        // Nearly every name is ASCII without a character that has a prototype (the table maps `0`,
        // `1`, `I` and a few more): its skeleton is itself. Every declared name is asked for.
        if (IsOwnSkeleton(text))
            return text;
        if (IsAscii(text))
        {
            // ASCII needs no decomposition, and its prototypes come from a table made once.
            var ascii = new StringBuilder(text.Length + 4);
            foreach (var c in text)
            {
                if (AsciiPrototype[c] is { } prototype)
                    ascii.Append(prototype);
                else
                    ascii.Append(c);
            }

            return Decompositions.Decompose(ascii.ToString(), compatibility: false);
        }

        return SkeletonFromTable(text);
    }

    /// <summary>The skeleton the long way, character by character through the whole table: what the shortcuts above must agree with.</summary>
    internal static string SkeletonFromTable(string text)
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

    // The prototype of each ASCII character the confusables table maps to another (`0`, `1`, `I`
    // and a few more), null for the rest: read from the table once.
    private static readonly string?[] AsciiPrototype = AsciiPrototypes();

    private static string?[] AsciiPrototypes()
    {
        var prototypes = new string?[128];
        for (var c = 0; c < prototypes.Length; c++)
            prototypes[c] = Confusables.Prototype(c);
        return prototypes;
    }

    private static bool IsOwnSkeleton(string text)
    {
        foreach (var c in text)
            if (c >= 128 || AsciiPrototype[c] is not null)
                return false;
        return true;
    }

    /// <summary>True when every character is ASCII: such a name is in one alphabet and needs no decomposition.</summary>
    internal static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c >= 128)
                return false;
        return true;
    }

    /// <summary>The alphabet a letter belongs to, for the scripts whose letters look alike, or null for any other character.</summary>
    public static string? LookAlikeScript(int codePoint) => LookAlikeScripts.Of(codePoint);
}
