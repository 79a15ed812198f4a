using System.Globalization;
using System.Text;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>Decodes a quoted string's escapes, reporting bad escapes and a missing closing quote.</summary>
internal static class StringLiteral
{
    public static string Decode(string text, int start, bool closed, SourceText source, DiagnosticBag diagnostics)
    {
        if (!closed)
            diagnostics.ReportUnterminatedString(new Location(source, new TextSpan(start, text.Length)));
        var end = closed ? text.Length - 1 : text.Length;
        // Most strings (labels, aliases, descriptions) have no escape: their value is their inside.
        if (end <= 1 || text.IndexOf('\\', 1, end - 1) < 0)
            return end <= 1 ? "" : text.Substring(1, end - 1);
        var builder = new StringBuilder(end);
        for (var i = 1; i < end; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var next = text[i + 1];
            switch (next)
            {
                case '"': builder.Append('"'); i++; break;
                case '\\': builder.Append('\\'); i++; break;
                case 'n': builder.Append('\n'); i++; break;
                case 't': builder.Append('\t'); i++; break;
                case 'u' when i + 5 < end + 0 + 1 && IsHex(text, i + 2, 4, end):
                    builder.Append((char)int.Parse(text.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 5;
                    break;
                default:
                    var length = char.IsSurrogatePair(text, i + 1) ? 3 : 2;
                    diagnostics.ReportInvalidEscapeSequence(new Location(source, new TextSpan(start + i, length)), text.Substring(i, length));
                    builder.Append(text, i, length);
                    i += length - 1;
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsHex(string text, int from, int count, int end)
    {
        if (from + count > end)
            return false;
        for (var i = from; i < from + count; i++)
        {
            if (!Uri.IsHexDigit(text[i]))
                return false;
        }

        return true;
    }
}
