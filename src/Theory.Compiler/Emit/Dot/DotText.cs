using System.Text;

namespace Theory.Emit.Dot;

/// <summary>
/// Escaping for Graphviz. Every piece of theory text reaches DOT through one of these methods,
/// so a quote, backslash, brace or line break in a label can never end the string or start a statement.
/// </summary>
internal static class DotText
{
    /// <summary>A double-quoted DOT string whose label text reads exactly as <paramref name="text"/>.</summary>
    public static string Quote(string? text) => "\"" + EscapeLabel(text) + "\"";

    /// <summary>
    /// Escapes text for inside a quoted label: a backslash would start a label escape (\n, \N, \G),
    /// so it is doubled; a quote would end the string; an ampersand would start a character
    /// reference, which Graphviz decodes (`&amp;#x1;` would put a control character into the SVG, which
    /// is then not well-formed XML, and `&amp;#x202E;` a right-to-left override past the sanitiser), so it
    /// is written `&amp;amp;`, which Graphviz decodes back to the ampersand the theory wrote.
    /// </summary>
    public static string EscapeLabel(string? text)
    {
        var clean = TextSanitiser.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c == '&')
            {
                builder.Append("&amp;");
                continue;
            }

            if (c is '\\' or '"')
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes text for one field of a record label, where braces, bars and angle brackets are
    /// structure (fields and ports) and must be backslash-escaped to show as text.
    /// </summary>
    public static string EscapeRecordField(string? text)
    {
        var clean = TextSanitiser.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c == '&')
            {
                builder.Append("&amp;");
                continue;
            }

            if (c is '\\' or '"' or '{' or '}' or '|' or '<' or '>')
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }
}
