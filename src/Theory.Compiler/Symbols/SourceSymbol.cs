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
}
