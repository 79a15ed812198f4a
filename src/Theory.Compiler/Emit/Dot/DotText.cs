using System.Text;

namespace Theory.Emit.Dot;

/// <summary>
/// Escaping for Graphviz. Every piece of theory text reaches DOT through one of these methods,
/// so a quote, backslash, brace or line break in a label can never end the string or start a statement.
/// </summary>
/// <remarks>
/// Graphviz refuses a quoted string longer than 16,384 bytes, so one pasted definition used to fail
/// the whole build. Identifiers are kept whole, as DOT's concatenation of shorter strings
/// (<c>"..." + "..."</c>); text that is only shown (labels, tooltips) is first cut to
/// <see cref="Limits.DiagramTextLength"/> characters: the full text stays in the JSON and C#.
/// </remarks>
internal static class DotText
{
    // Well under Graphviz's 16,384 bytes, so an escape or a character never has to be split.
    private const int ChunkBytes = 8_000;

    /// <summary>A double-quoted DOT string whose label text reads as <paramref name="text"/>, cut to the diagram text limit.</summary>
    public static string Quote(string? text) => Chunked(EscapeLabel(Clip(text)));

    /// <summary>
    /// A quoted label wrapped at about <paramref name="columns"/> characters on word boundaries (a
    /// longer word keeps its own line); 0 keeps one line. Lines are centred (<c>\n</c>).
    /// </summary>
    public static string Wrapped(string? text, int columns) =>
        columns <= 0 ? Quote(text) : Lines(WrapWords(text, columns));

    /// <summary>Lines (unescaped) as one quoted, centred label.</summary>
    public static string Lines(IEnumerable<string> lines) => Chunked(string.Join("\\n", lines.Select(EscapeLabel)));

    /// <summary>
    /// Display text cut to the diagram limit, on one line, broken into lines of about
    /// <paramref name="columns"/> characters at spaces (0: one line). Never empty.
    /// </summary>
    public static List<string> WrapWords(string? text, int columns)
    {
        var clean = TextSanitiser.OneLine(Clip(text));
        if (columns <= 0 || FitsAsItIs(clean, columns))
            return [clean];
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in clean.Split([' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > columns)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    // Most labels are short words with single spaces: splitting and joining them gives them back.
    private static bool FitsAsItIs(string clean, int columns) =>
        clean.Length <= columns && (clean.Length == 0 || (clean[0] != ' ' && clean[^1] != ' ' && clean.IndexOf("  ", StringComparison.Ordinal) < 0));

    /// <summary>A node, cluster or graph identifier: the whole name, however long, as one DOT ID.</summary>
    public static string Id(string name) => Chunked(EscapeLabel(name));

    /// <summary>Text for display, cut to <see cref="Limits.DiagramTextLength"/> characters with an ellipsis.</summary>
    public static string Clip(string? text)
    {
        if (text is null || text.Length <= Limits.DiagramTextLength)
            return text ?? "";
        var cut = Limits.DiagramTextLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text.Substring(0, cut) + "…";
    }

    /// <summary>
    /// An escaped text as a quoted DOT string, or as several joined with <c>+</c> when it is too
    /// long for one. A cut never falls inside an escape (<c>\"</c>, <c>\\</c>) or a surrogate pair.
    /// </summary>
    public static string Chunked(string escaped)
    {
        if (escaped.Length * 3 <= ChunkBytes)
            return "\"" + escaped + "\"";
        var builder = new StringBuilder(escaped.Length + 16).Append('"');
        var bytes = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            var width = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            if (bytes + width > ChunkBytes && i > 0 && !char.IsLowSurrogate(c))
            {
                builder.Append("\" + \"");
                bytes = 0;
            }

            builder.Append(c);
            bytes += width;
            if (c == '\\' && i + 1 < escaped.Length)
            {
                // The escaped character belongs with its backslash.
                builder.Append(escaped[++i]);
                bytes += 1;
            }
        }

        return builder.Append('"').ToString();
    }

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
        // Nearly every label has nothing to escape: a builder only for those that do.
        if (clean.IndexOfAny(LabelSpecials) < 0)
            return clean;
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

    // What a label escapes: `&` as an entity, the rest with a backslash.
    private static readonly char[] LabelSpecials = ['&', '\\', '"'];

    // What a record field escapes: `&` as an entity, the rest with a backslash.
    private static readonly char[] RecordSpecials = ['&', '\\', '"', '{', '}', '|', '<', '>'];

    /// <summary>
    /// Escapes text for one field of a record label, where braces, bars and angle brackets are
    /// structure (fields and ports) and must be backslash-escaped to show as text.
    /// </summary>
    public static string EscapeRecordField(string? text)
    {
        var clean = TextSanitiser.OneLine(Clip(text));
        // Nearly every field has nothing to escape: a builder only for those that do.
        if (clean.IndexOfAny(RecordSpecials) < 0)
            return clean;
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
