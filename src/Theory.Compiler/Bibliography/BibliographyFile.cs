using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Text;

namespace Theory.Bibliography;

/// <summary>A parsed BibTeX file: its entries (as sources) and the problems found reading it.</summary>
public sealed class BibliographyFile
{
    internal BibliographyFile(SourceText text, ImmutableArray<SourceSymbol> entries, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Entries = entries;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public string FilePath => Text.FilePath;

    /// <summary>Entries in file order; a key defined twice keeps its first entry.</summary>
    public ImmutableArray<SourceSymbol> Entries { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static BibliographyFile Parse(SourceText text) => new BibTexParser(text).Parse();
}
