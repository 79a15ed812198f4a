using System.Text;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Theory text inside Markdown (hovers, completion documentation): every character Markdown gives
/// a meaning is escaped, so a label cannot become a link, an image, HTML or a heading in an editor.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]()#+-.!|<>&~\"'=:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
                builder.Append(' ');
            else if (Special.Contains(c, StringComparison.Ordinal))
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A name in a code span; backticks inside cannot occur in names, but are dropped to be sure.</summary>
    public static string Code(string text) => "`" + text.Replace("`", "", StringComparison.Ordinal) + "`";
}
