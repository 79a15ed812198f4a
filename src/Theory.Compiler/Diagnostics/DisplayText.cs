using System.Globalization;
using System.Text;

namespace Theory.Diagnostics;

/// <summary>Renders source text inside diagnostic messages: quoted, short, control characters made visible.</summary>
internal static class DisplayText
{
    private const int MaxLength = 40;

    public static string Quote(string text)
    {
        var builder = new StringBuilder("`");
        var shown = 0;
        // Walks code points by hand (not EnumerateRunes) so this also builds for netstandard2.0.
        for (var i = 0; i < text.Length; i++)
        {
            if (shown++ == MaxLength)
            {
                builder.Append('…');
                break;
            }

            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var value = width == 2 ? char.ConvertToUtf32(text, i) : text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format || value == 0xFEFF
                || (width == 1 && char.IsSurrogate(text[i])))
                builder.Append("U+").Append(value.ToString("X4", CultureInfo.InvariantCulture));
            else if (value == '`')
                builder.Append('\'');
            else
                builder.Append(text, i, width);
            i += width - 1;
        }

        return builder.Append('`').ToString();
    }
}
