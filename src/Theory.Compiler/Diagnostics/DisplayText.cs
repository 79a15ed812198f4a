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
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown++ == MaxLength)
            {
                builder.Append('…');
                break;
            }

            if (Rune.IsControl(rune) || rune.Value == 0xFEFF || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
                builder.Append(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            else if (rune.Value == '`')
                builder.Append('\'');
            else
                builder.Append(rune.ToString());
        }

        return builder.Append('`').ToString();
    }
}
