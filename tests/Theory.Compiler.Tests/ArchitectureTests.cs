using System.Text.RegularExpressions;
using Theory.Diagnostics;

namespace Theory.Compiler.Tests;

/// <summary>
/// Rules of the code base that a reviewer would otherwise have to remember: diagnostics are made
/// in one layer, through one typed method per ID; hosts use the compiler's public API.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string Source = Path.Combine(TestPaths.RepositoryRoot, "src");

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !p.Contains($"{Path.DirectorySeparatorChar}Generated{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(Source, p).Replace('\\', '/'), File.ReadAllText(p)));

    private static bool InDiagnosticsLayer(string path) => path.StartsWith("Theory.Compiler/Diagnostics/", StringComparison.Ordinal);

    [Fact]
    public void Diagnostics_are_made_only_in_the_diagnostics_layer()
    {
        var offenders = SourceFiles().Where(f => !InDiagnosticsLayer(f.Path) && f.Text.Contains("new Diagnostic(", StringComparison.Ordinal)).Select(f => f.Path);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_diagnostic_has_one_typed_report_method_and_callers_use_them()
    {
        var bag = SourceFiles().Where(f => f.Path.StartsWith("Theory.Compiler/Diagnostics/DiagnosticBag", StringComparison.Ordinal)).ToList();
        var reported = bag.SelectMany(f => DescriptorUse().Matches(f.Text).Select(m => m.Groups[1].Value)).ToList();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var name = typeof(DiagnosticDescriptors).GetFields().Single(f => ReferenceEquals(f.GetValue(null), descriptor)).Name;
            Assert.True(reported.Contains(name), $"{descriptor.Id} ({name}) has no report method on DiagnosticBag");
        }

        // Outside the layer, descriptors are looked up (All, Find) or compared by ID (an editor's
        // quick fix for TH2001), but never reported directly.
        var direct = SourceFiles().Where(f => !InDiagnosticsLayer(f.Path))
            .SelectMany(f => DescriptorUse().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .Where(use => !use.EndsWith(".All", StringComparison.Ordinal) && !use.EndsWith(".Find", StringComparison.Ordinal));
        Assert.Empty(direct);
    }

    [Fact]
    public void The_source_generator_uses_the_public_api_only()
    {
        var compiler = File.ReadAllText(Path.Combine(Source, "Theory.Compiler", "Theory.Compiler.csproj"));
        Assert.DoesNotContain("InternalsVisibleTo Include=\"Theory.SourceGenerator\"", compiler, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"DiagnosticDescriptors\.(\w+)\b(?!\.Id\b)")]
    private static partial Regex DescriptorUse();
}
