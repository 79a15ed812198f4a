using System.Text;
using Theory.Diagnostics;
using Theory.Projects;

namespace Theory.Compiler.Tests;

/// <summary>
/// Golden tests for the checks: each folder under Checks/ is a small theory project, loaded the
/// way `theory check FOLDER` loads it; its diagnostics must match `expected.diagnostics.txt`.
/// Paths are shown relative to the folder, and the folder itself as `<case>`.
/// </summary>
public class CheckBaselineTests
{
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
    public void Diagnostics_match_baseline(string name)
    {
        var directory = Path.Combine(ChecksRoot, name);
        var workspace = TheoryWorkspace.Load([directory], directory);
        Assert.Empty(workspace.LoadDiagnostics);
        Baseline.AssertMatches(Path.Combine(directory, "expected.diagnostics.txt"), Render(workspace.GetDiagnostics(), directory));
    }

    internal static string Render(IEnumerable<Diagnostic> diagnostics, string directory)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(CultureInvariant($"{Where(diagnostic.Location, directory)}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}\n"));
            foreach (var related in diagnostic.RelatedLocations)
                builder.Append(CultureInvariant($"    {Where(related.Location, directory)}: {related.Message}\n"));
        }

        var full = Path.GetFullPath(directory);
        return builder.ToString().Replace(full, "<case>", StringComparison.Ordinal).Replace('\\', '/');
    }

    private static string Where(Theory.Text.Location location, string directory)
    {
        var span = location.LineSpan;
        var path = Path.GetRelativePath(directory, Path.GetFullPath(location.FilePath, Path.GetFullPath(directory)));
        return $"{path}({span.Start.Line + 1},{span.Start.Character + 1})-({span.End.Line + 1},{span.End.Character + 1})";
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
