using System.Globalization;
using System.Text;
using Theory.Compiler.Tests.Annotations;
using Theory.Diagnostics;
using Theory.Projects;
using Theory.Text;

namespace Theory.Compiler.Tests;

/// <summary>
/// Golden tests for the checks: each folder under Checks/ is a small theory project, loaded the
/// way `theory check FOLDER` loads it (through the workspace, over its files in memory, with the
/// annotation lines removed). Each .theory file and theory.json states its expected diagnostics
/// inline, under the line they point at (<see cref="DiagnosticAnnotations"/>); a file that cannot
/// hold comments (a .bib) has them in <c>FILE.diagnostics.txt</c> beside it. A missing diagnostic and
/// an unexpected one both fail; THEORY_BLESS=1 rewrites the annotations.
/// </summary>
public class CheckBaselineTests
{
    private const string Root = "/case";

    private static readonly string ChecksRoot = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Checks");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(ChecksRoot).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(directory));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_annotations(string name)
    {
        var directory = Path.Combine(ChecksRoot, name);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".diagnostics.txt", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        var sources = files.ToDictionary(f => f.Key, f => Annotatable(f.Key) ? DiagnosticAnnotations.Strip(f.Value) : f.Value, StringComparer.Ordinal);

        var workspace = TheoryWorkspace.Load([Root], new WorkspaceOptions
        {
            BaseDirectory = Root,
            FileProvider = new InMemoryFileProvider(sources.Select(f => KeyValuePair.Create($"{Root}/{f.Key}", f.Value))),
        });
        Assert.Empty(workspace.LoadDiagnostics);
        var diagnostics = workspace.GetDiagnostics();

        var outputs = new List<(string, string)>();
        foreach (var (path, source) in sources.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(directory, path);
            if (Annotatable(path))
                outputs.Add((full, DiagnosticAnnotations.Annotate(source, SourceText.From(source, path), diagnostics)));
            else if (Render(diagnostics, path).Length > 0 || File.Exists(full + ".diagnostics.txt"))
                outputs.Add((full + ".diagnostics.txt", Render(diagnostics, path)));
        }

        var elsewhere = diagnostics.Where(d => !sources.ContainsKey(d.Location.FilePath)).Select(d => d.ToString()).ToList();
        Assert.True(elsewhere.Count == 0, "diagnostics in no file of the case: " + string.Join("\n", elsewhere));
        Baseline.AssertAllMatch(outputs);
    }

    private static bool Annotatable(string path) => path.EndsWith(".theory", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal);

    /// <summary>The diagnostics (and related locations) in one file that cannot hold annotations, one per line.</summary>
    private static string Render(IEnumerable<Diagnostic> diagnostics, string path)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.FilePath == path)
                builder.Append(CultureInfo.InvariantCulture, $"{Where(diagnostic.Location)}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}\n");
            foreach (var related in diagnostic.RelatedLocations.Where(r => r.Location.FilePath == path))
                builder.Append(CultureInfo.InvariantCulture, $"{Where(related.Location)}: note {diagnostic.Id}: {related.Message}\n");
        }

        return builder.ToString();
    }

    private static string Where(Location location)
    {
        var span = location.LineSpan;
        return string.Create(CultureInfo.InvariantCulture, $"({span.Start.Line + 1},{span.Start.Character + 1})-({span.End.Line + 1},{span.End.Character + 1})");
    }
}
