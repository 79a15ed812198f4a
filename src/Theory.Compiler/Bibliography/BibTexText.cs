using System.Globalization;
using System.Text;

namespace Theory.Bibliography;

/// <summary>
/// BibTeX field text both ways: <see cref="ToPlain"/> turns what a reference manager writes
/// (`M{\"u}ller`, `Evans \&amp; Killoran`, `1990--1995`) into what a reader sees (`Müller`,
/// `Evans &amp; Killoran`, `1990–1995`; a tie `~` as a space); <see cref="Escape"/> writes plain text so that BibTeX and
/// LaTeX read it back unchanged (an unescaped `&amp;` stops LaTeX).
/// </summary>
public static class BibTexText
{
    // Accent commands and the combining mark each puts on the next letter.
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['"'] = '\u0308', ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['~'] = '\u0303',
        ['='] = '\u0304', ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B',
        ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    // Letters written as a command of their own.
    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["dag"] = "†", ["ldots"] = "…", ["dots"] = "…",
    };

    // What plain text never holds (an array made once: written in the call, one was made per field).
    private static readonly char[] Specials = ['\\', '{', '}', '~', '-'];

    /// <summary>The text a reader sees: braces gone, escapes and accents decoded, dashes and ties as typeset.</summary>
    public static string ToPlain(string text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        if (text.IndexOfAny(Specials) < 0)
            return text;
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i = Command(text, i + 1, result);
                continue;
            }

            if (c is '{' or '}')
            {
                i++;
                continue;
            }

            if (c == '~')
            {
                result.Append(' ');
                i++;
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                var em = i + 2 < text.Length && text[i + 2] == '-';
                result.Append(em ? '—' : '–');
                i += em ? 3 : 2;
                continue;
            }

            result.Append(c);
            i++;
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    // Reads the command after a backslash at `start`; returns where the text goes on.
    private static int Command(string text, int start, StringBuilder result)
    {
        var c = text[start];
        if (c is '&' or '%' or '$' or '#' or '_' or '{' or '}' or '\\' or ' ')
        {
            result.Append(c == '\\' ? ' ' : c);
            return start + 1;
        }

        if (Accents.TryGetValue(c, out var mark) && (!char.IsLetter(c) || start + 1 < text.Length && !char.IsLetter(text[start + 1])))
        {
            // `\"o`, `\"{o}`, `\c c`, `\c{c}`, `\'{\i}`.
            var i = start + 1;
            while (i < text.Length && (text[i] == ' ' && char.IsLetter(c) || text[i] == '{'))
                i++;
            var letter = "";
            if (i < text.Length && text[i] == '\\' && i + 1 < text.Length && text[i + 1] is 'i' or 'j')
            {
                letter = text[i + 1] == 'i' ? "i" : "j";
                i += 2;
            }
            else if (i < text.Length && text[i] is not ('}' or '\\'))
            {
                letter = text[i].ToString(CultureInfo.InvariantCulture);
                i++;
            }

            while (i < text.Length && text[i] == '}')
                i++;
            // An accent on nothing (`\"{}`) is left out rather than put on a space or a brace.
            if (letter.Length > 0)
                result.Append(letter).Append(mark);
            return i;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        if (end == start)
        {
            result.Append(c);
            return start + 1;
        }

        var name = text.Substring(start, end - start);
        result.Append(Letters.TryGetValue(name, out var letterText) ? letterText : "");
        // A control word eats the space after it (`\ss e` is `ße`), and `{}` after it ends it.
        if (end < text.Length && text[end] == ' ')
            end++;
        else if (end + 1 < text.Length && text[end] == '{' && text[end + 1] == '}')
            end += 2;
        return end;
    }

    /// <summary>
    /// Plain text as a BibTeX field value inside braces: LaTeX's special characters escaped, and
    /// braces (which BibTeX counts even after a backslash) left out so the entry always closes.
    /// </summary>
    public static string Escape(string text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '{' or '}':
                    break;
                case '\\':
                    result.Append(@"\textbackslash{}");
                    break;
                case '&' or '%' or '$' or '#' or '_':
                    result.Append('\\').Append(c);
                    break;
                case '~':
                    result.Append(@"\textasciitilde{}");
                    break;
                case '^':
                    result.Append(@"\textasciicircum{}");
                    break;
                case '\r' or '\n':
                    result.Append(' ');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
