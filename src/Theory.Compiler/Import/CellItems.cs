using System.Text;

namespace Theory.Import;

/// <summary>
/// The items of a cell that holds several (`high trust; high faith`, or one per line): split at
/// `;` and line breaks, but never inside brackets or quotes, where a semicolon belongs to the item
/// (`increased confidence (in staff; in managers)`, `"yes; always"`).
/// </summary>
internal static class CellItems
{
    public static List<string> Split(string cell) => Split(cell, extraSeparator: null);

    /// <summary>As <see cref="Split(string)"/>, also splitting at <paramref name="extraSeparator"/> outside brackets and quotes.</summary>
    public static List<string> Split(string cell, char? extraSeparator)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        var depth = 0;
        char? closingQuote = null;
        foreach (var c in cell)
        {
            if (closingQuote is { } close)
            {
                if (c == close)
                    closingQuote = null;
            }
            else if (OpeningQuote(c) is { } opening)
            {
                closingQuote = opening;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && (c is ';' or '\n' or '\r' || c == extraSeparator))
            {
                Flush();
                continue;
            }

            item.Append(c);
        }

        Flush();
        return items;

        void Flush()
        {
            var text = item.ToString().Trim();
            if (text.Length > 0)
                items.Add(text);
            item.Clear();
        }
    }

    // A straight double quote closes itself; a curly one (as Word and Excel type them) closes with its pair.
    private static char? OpeningQuote(char c) => c switch
    {
        '"' => '"',
        '\u201C' => '\u201D',
        '\u201E' => '\u201D',
        '\u00AB' => '\u00BB',
        _ => null,
    };

    /// <summary>The text without one pair of surrounding quotes, straight or curly.</summary>
    public static string Unquote(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && OpeningQuote(t[0]) is { } close && t[t.Length - 1] == close)
            return t.Substring(1, t.Length - 2).Trim();
        return t;
    }
}
