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
    /// so it is doubled; a quote would end the string.
    /// </summary>
    public static string EscapeLabel(string? text)
    {
        var clean = TextSanitiser.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
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
            if (c is '\\' or '"' or '{' or '}' or '|' or '<' or '>')
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }
}
