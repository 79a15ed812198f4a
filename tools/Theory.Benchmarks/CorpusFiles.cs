using Theory.Bibliography;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>The `.theory` files of a project folder, read in a fixed order, for the one-off measuring modes.</summary>
public static class CorpusFiles
{
    public static List<SourceText> Read(string directory) =>
        Directory.EnumerateFiles(directory, "*.theory", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => SourceText.From(File.ReadAllText(f), f)).ToList();

    /// <summary>The project's `references.bib`, if it has one (the generated corpus does).</summary>
    public static BibliographyFile[] Bibliographies(string directory)
    {
        var path = Path.Combine(directory, "references.bib");
        return File.Exists(path) ? [BibliographyFile.Parse(SourceText.From(File.ReadAllText(path), "references.bib"))] : [];
    }
}
