using System.Globalization;
using System.Text;

namespace Theory.Cli.Output;

/// <summary>
/// What a terminal or a CI log may show of a string a theory repository controls (a file name, a
/// message quoting theory text): control and format characters are written as <c>U+XXXX</c>. A
/// line break in a file name would otherwise start a new line, which a line starting with `::`
/// turns into a GitHub Actions workflow command; an escape character starts an ANSI sequence; a
/// bidirectional override reorders what a reviewer reads.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            var unsafeChar = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text, i - 1));
            if (!unsafeChar)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append("U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? text;
    }
}
