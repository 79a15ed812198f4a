using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// One item of an `evidence` clause. For a citation <see cref="Key"/> is the BibTeX key and
/// <see cref="Source"/> the entry it resolved to; for primary data <see cref="Key"/> is the quoted description.
/// </summary>
public sealed class EvidenceItem
{
    internal EvidenceItem(EvidenceItemSyntax syntax, EvidenceKind kind, string key, string? locator, string? quote, SourceSymbol? source, bool fromDefault = false)
    {
        FromDefault = fromDefault;
        Syntax = syntax;
        EvidenceKind = kind;
        Key = key;
        Locator = locator;
        Quote = quote;
        Source = source;
    }

    public EvidenceItemSyntax Syntax { get; }

    public EvidenceKind EvidenceKind { get; }

    public string Key { get; }

    public string? Locator { get; }

    public string? Quote { get; }

    public SourceSymbol? Source { get; }

    /// <summary>
    /// True when the source comes from a `default evidence` declaration: the claim named none of
    /// its own, or gave only a locator (`evidence at "p. 12"`). <see cref="Syntax"/> is then the
    /// default's item or the locator.
    /// </summary>
    public bool FromDefault { get; }

    /// <summary>This item's source as a claim's evidence supplied by a `default evidence` declaration, at a place of its own.</summary>
    internal EvidenceItem AsDefault(EvidenceItemSyntax syntax, string? locator, string? quote) =>
        new(syntax, EvidenceKind, Key, locator, quote, Source, fromDefault: true);

    /// <summary>What makes two items the same source when counting distinct sources.</summary>
    public string SourceIdentity => EvidenceKind == EvidenceKind.Citation ? "@" + Key : EvidenceKind + ":" + Key;
}
