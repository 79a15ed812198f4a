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
