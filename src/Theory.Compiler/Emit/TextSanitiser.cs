using System.Globalization;
using System.Text;

namespace Theory.Emit;

/// <summary>
/// Makes theory text safe to place on one line of any output: line breaks, control characters and
/// bidirectional overrides become spaces, and a lone surrogate becomes U+FFFD. Each emitter still
/// escapes for its own syntax afterwards; this step guarantees that no text can start a new line
/// (a new statement, a new CSV row, the end of a `//` comment) or reorder what a reader sees
/// (Trojan Source), and that every output is valid UTF-8.
/// </summary>
internal static class TextSanitiser
{
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var value = text!;
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            char? replacement = null;
            if (char.IsSurrogate(c))
            {
                if (char.IsSurrogatePair(value, i))
                {
                    builder?.Append(c).Append(value[i + 1]);
                    i++;
                    continue;
                }

                replacement = '\uFFFD';
            }
            else if (IsBreakOrControl(c))
            {
                replacement = ' ';
            }

            if (replacement is { } r)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append(r);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    /// <summary>As <see cref="OneLine"/> line by line: for cells that hold paragraphs (a workbook's), the line breaks stay.</summary>
    public static string KeepLines(string? text) =>
        string.IsNullOrEmpty(text) ? ""
        : text!.IndexOfAny(LineBreaks) < 0 ? OneLine(text)
        : string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(OneLine));

    private static readonly char[] LineBreaks = ['\r', '\n'];

    // Printable ASCII first: nearly every character of a theory, and the Unicode table lookup is not free.
    private static bool IsBreakOrControl(char c) =>
        c is not (>= ' ' and < '\u007F')
        && IsNonAsciiBreakOrControl(c);

    private static bool IsNonAsciiBreakOrControl(char c) =>
        c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'
            or '\u200E' or '\u200F' or '\u061C' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
