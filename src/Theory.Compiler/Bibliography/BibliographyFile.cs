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

    /// <summary>
    /// Reads a bibliography in the format its name says: CSL-JSON (`.json`, Zotero's and Pandoc's),
    /// RIS (`.ris`, EndNote's and Mendeley's), or BibTeX (`.bib` and anything else). A file whose
    /// content is plainly another format (a JSON array, a `TY  -` line) is read as that.
    /// </summary>
    public static BibliographyFile Parse(SourceText text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        return FormatOf(text) switch
        {
            BibliographyFormat.CslJson => CslJsonReader.Read(text),
            BibliographyFormat.Ris => RisReader.Read(text),
            _ => new BibTexParser(text).Parse(),
        };
    }

    /// <summary>The format a bibliography file is in, by its extension, then by its first characters.</summary>
    public static BibliographyFormat FormatOf(SourceText text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        var extension = Path.GetExtension(text.FilePath).ToLowerInvariant();
        if (extension is ".json" or ".csljson")
            return BibliographyFormat.CslJson;
        if (extension == ".ris")
            return BibliographyFormat.Ris;
        if (extension == ".bib" || extension == ".bibtex")
            return BibliographyFormat.BibTex;
        var start = text.ToString().TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("[", StringComparison.Ordinal) || start.StartsWith("{", StringComparison.Ordinal))
            return BibliographyFormat.CslJson;
        return start.StartsWith("TY  -", StringComparison.Ordinal) ? BibliographyFormat.Ris : BibliographyFormat.BibTex;
    }
}
