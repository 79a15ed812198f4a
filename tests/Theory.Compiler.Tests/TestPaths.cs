namespace Theory.Compiler.Tests;

/// <summary>Finds the repository root (the folder holding Theory.sln) from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Baselines => Path.Combine(RepositoryRoot, "tests", "Theory.Compiler.Tests", "Baselines");

    public static IEnumerable<string> AllTheoryFiles() =>
        new[] { "examples", "tests" }
            .Select(d => Path.Combine(RepositoryRoot, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.theory", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>A repository file (a path relative to the root, as the file lists give it) as source text named by that path.</summary>
    public static global::Theory.Text.SourceText RepositoryText(string relativePath) =>
        global::Theory.Text.SourceText.From(File.ReadAllText(Path.Combine(RepositoryRoot, relativePath)), relativePath);

    /// <summary>Each example project with a theory file: its parsed files and its bibliographies, each in name order.</summary>
    public static IEnumerable<(List<global::Theory.Syntax.SyntaxTree> Trees, List<global::Theory.Bibliography.BibliographyFile> Bibliographies)> ExampleProjects()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryRoot, "examples")).Order(StringComparer.Ordinal))
        {
            var trees = Directory.GetFiles(folder, "*.theory").Order(StringComparer.Ordinal)
                .Select(f => global::Theory.Syntax.SyntaxTree.Parse(global::Theory.Text.SourceText.From(File.ReadAllText(f), f))).ToList();
            var bibliographies = Directory.GetFiles(folder, "*.bib").Order(StringComparer.Ordinal)
                .Select(f => global::Theory.Bibliography.BibliographyFile.Parse(global::Theory.Text.SourceText.From(File.ReadAllText(f), f))).ToList();
            if (trees.Count > 0)
                yield return (trees, bibliographies);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Theory.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Theory.sln not found above " + AppContext.BaseDirectory);
    }
}
