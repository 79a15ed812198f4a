using System.Text;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// Golden files: each Baselines/NAME.theory has NAME.diagnostics.txt (its syntax diagnostics)
/// and NAME.syntax.txt (its tree) beside it. Re-bless with THEORY_BLESS=1 (see tests/README.md):
/// the test then rewrites the expected files and still fails, so a bless is never silent.
/// </summary>
public class BaselineTests
{
    public static TheoryData<string> Inputs() =>
        [.. Directory.EnumerateFiles(TestPaths.Baselines, "*.theory").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Diagnostics_match_baseline(string name)
    {
        var tree = Parse(name);
        var actual = new StringBuilder();
        foreach (var d in tree.Diagnostics)
        {
            var span = d.Location.LineSpan;
            actual.Append($"({span.Start})-({span.End}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}\n");
            foreach (var related in d.RelatedLocations)
                actual.Append($"    related ({related.Location.LineSpan.Start}): {related.Message}\n");
        }

        Baseline.AssertMatches(Path.Combine(TestPaths.Baselines, name + ".diagnostics.txt"), actual.ToString());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Syntax_tree_matches_baseline(string name)
    {
        var tree = Parse(name);
        Baseline.AssertMatches(Path.Combine(TestPaths.Baselines, name + ".syntax.txt"), SyntaxTreeDump.Write(tree.Root));
    }

    private static SyntaxTree Parse(string name)
    {
        var path = Path.Combine(TestPaths.Baselines, name + ".theory");
        var bytes = File.ReadAllBytes(path);
        Assert.True(Theory.Text.SourceTextDecoder.TryDecode(bytes, name + ".theory", out var text, out _));
        var tree = SyntaxTree.Parse(text!);
        Assert.Equal(text!.ToString(), tree.GetRoot().ToFullString());
        return tree;
    }
}
