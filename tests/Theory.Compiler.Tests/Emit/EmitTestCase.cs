using Theory.Emit;
using Theory.Projects;
using Theory.Semantics;

namespace Theory.Compiler.Tests.Emit;

/// <summary>An emitter test case: a folder under Emit/ holding a theory, with its expected outputs in expected/.</summary>
internal static class EmitTestCase
{
    public static string Root { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit");

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Root).Where(d => Directory.EnumerateFiles(d, "*.theory").Any())
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static Compilation Load(string directory)
    {
        var workspace = TheoryWorkspace.Load([directory], directory);
        Assert.Empty(workspace.LoadDiagnostics);
        return Assert.Single(workspace.Compilations);
    }

    /// <summary>Paths in outputs relative to the case folder, as `theory build` makes them relative to the project.</summary>
    public static EmitOptions OptionsFor(string directory) => new()
    {
        DisplayPath = text => Path.GetRelativePath(directory, Path.GetFullPath(text.FilePath, directory)).Replace('\\', '/'),
    };
}
