using System.Collections.Immutable;

namespace Theory.Symbols;

/// <summary>A BibTeX entry that citations resolve against.</summary>
public sealed class SourceSymbol : Symbol
{
    internal SourceSymbol(string key, string entryType, ImmutableDictionary<string, string> fields) : base(key, null)
    {
        EntryType = entryType;
        Fields = fields;
    }

    public override SymbolKind Kind => SymbolKind.Source;

    /// <summary>`article`, `book`, ... in lower case.</summary>
    public string EntryType { get; }

    /// <summary>Field values as a reader sees them (braces, `@string` abbreviations and LaTeX escapes such as `{\"o}` resolved; see <see cref="Bibliography.BibTexText"/>); keys in lower case.</summary>
    public ImmutableDictionary<string, string> Fields { get; }

    public string? Title => Fields.GetValueOrDefault("title");

    public string? Author => Fields.GetValueOrDefault("author");

    public string? Year => Fields.GetValueOrDefault("year");

    /// <summary>
    /// The entry as a reader cites it in text, author and year: "Lasker et al. 2001", "Huxham 2005"
    /// (the key when there is no author). An editor's hover, the report and the appendix tables
    /// write references this way.
    /// </summary>
    public string ShortReference
    {
        get
        {
            var authors = (Author ?? "").Split([" and "], StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
            if (authors.Count == 0)
                return string.IsNullOrEmpty(Year) ? Name : $"{Name} {Year}";
            var first = authors[0];
            var comma = first.IndexOf(',');
            var surname = comma >= 0 ? first.Substring(0, comma).Trim() : first.Split(' ').Last();
            var others = authors.Count switch { 1 => "", 2 => " and " + Surname(authors[1]), _ => " et al." };
            return $"{surname}{others} {Year}".Trim();
        }
    }

    private static string Surname(string author)
    {
        var comma = author.IndexOf(',');
        return comma >= 0 ? author.Substring(0, comma).Trim() : author.Split(' ').Last();
    }
}
