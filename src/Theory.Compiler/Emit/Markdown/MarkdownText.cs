using System.Text;

namespace Theory.Emit.Markdown;

/// <summary>
/// Escaping for Pandoc Markdown. Theory text goes into table cells, headings and metadata through
/// these methods only: every character Markdown could read as structure (emphasis, links, raw HTML,
/// citations, maths, a table's cell bar) is backslash-escaped, which Pandoc allows for any ASCII
/// punctuation, and line breaks and control characters are folded away as in every output.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]<>#|@$^~&!";

    public static string Escape(string? text)
    {
        var clean = TextSanitiser.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (Special.IndexOf(c) >= 0)
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A YAML single-quoted scalar whose text Pandoc then reads as Markdown: escaped for both.</summary>
    public static string YamlString(string text) => "'" + Escape(text).Replace("'", "''") + "'";

    /// <summary>
    /// A Pandoc citation of <paramref name="key"/>: <c>@key</c>, or <c>@{key}</c> when the key holds
    /// characters a bare key may not; null when even braces cannot hold it (the caller writes it as text).
    /// </summary>
    public static string? CitationKey(string key)
    {
        if (key.Length == 0)
            return null;
        var bare = (char.IsLetterOrDigit(key[0]) || key[0] == '_') && !":.#$%&-+?<>~/".Contains(key[key.Length - 1])
            && key.All(c => char.IsLetterOrDigit(c) || c == '_' || ":.#$%&-+?<>~/".IndexOf(c) >= 0);
        if (bare)
            return "@" + key;
        return key.Any(c => c is '{' or '}' || char.IsControl(c) || char.IsWhiteSpace(c)) ? null : "@{" + key + "}";
    }
}
