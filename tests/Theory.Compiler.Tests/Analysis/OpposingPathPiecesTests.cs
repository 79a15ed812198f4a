using System.Globalization;
using System.Text;
using Theory.Analysis;
using Theory.Bibliography;
using Theory.Compiler.Tests.Syntax;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Analysis;

/// <summary>
/// A large web's opposing-path searches are shared out among the cores in pieces of starts, each
/// piece with its own tables, and reported piece by piece in the order of the starts. However the
/// starts are cut into pieces, the check must say what one search over every start says: the same
/// pairs, paths, circumstances and related places, and past the limit the same pairs counted and
/// the same place for the count (TH3009).
/// </summary>
public class OpposingPathPiecesTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_repository_file_finds_the_same_pairs_in_any_pieces(string relativePath)
    {
        var tree = SyntaxTree.Parse(TestPaths.RepositoryText(relativePath));
        AssertSameInAnyPieces([tree], [], Limits.OpposingPathReports);
    }

    [Fact]
    public void Every_example_project_finds_the_same_pairs_in_any_pieces()
    {
        foreach (var (trees, bibliographies) in TestPaths.ExampleProjects())
            AssertSameInAnyPieces(trees, bibliographies, Limits.OpposingPathReports);
    }

    [Fact]
    public void A_tangle_with_conditional_claims_finds_and_counts_the_same_pairs_in_any_pieces()
    {
        var tree = SyntaxTree.Parse(SourceText.From(Tangle(50), "tangle.theory"));

        // The tangle is a real test of the pieces: pairs under circumstances, and with a small
        // limit, pairs past it, whose count and place must not depend on the pieces.
        var all = AssertSameInAnyPieces([tree], [], Limits.OpposingPathReports, 1, 2, 7);
        Assert.Contains(all, line => line.Contains("TH2303", StringComparison.Ordinal) && line.Contains(" under `", StringComparison.Ordinal));
        Assert.DoesNotContain(all, line => line.Contains("TH3009", StringComparison.Ordinal));
        foreach (var limit in new[] { 1, 40 })
        {
            var limited = AssertSameInAnyPieces([tree], [], limit, 1, 7);
            Assert.Equal(limit, limited.Count(line => line.Contains(" TH2303: ", StringComparison.Ordinal)));
            Assert.Single(limited, line => line.Contains("TH3009", StringComparison.Ordinal));
        }
    }

    private static List<string> AssertSameInAnyPieces(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<BibliographyFile> bibliographies, int reportLimit, params int[] pieces)
    {
        var options = CompilationOptions.Default;
        var binding = new BoundTheory(trees, bibliographies, options).Binding;
        List<string> Findings(int startsPerPiece) =>
        [
            .. CheckRunner.Run(binding, options, [context => OpposingPathChecks.Run(context, startsPerPiece, reportLimit)])
                .Select(d => d + string.Concat(d.RelatedLocations.Select(r => "\n  " + r.Location + ": " + r.Message))),
        ];

        var whole = Findings(int.MaxValue);
        foreach (var startsPerPiece in pieces.Length > 0 ? pieces : [1, 3])
            Assert.Equal(whole, Findings(startsPerPiece));
        return whole;
    }

    /// <summary>
    /// Constructs each linked to three others, some links lowering, some holding only when a
    /// condition does (one of three, high or low), so that searches meet circumstances and
    /// combine them.
    /// </summary>
    private static string Tangle(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(CultureInfo.InvariantCulture, $"construct c{i}\n");
        for (var k = 0; k < 3; k++)
            text.Append(CultureInfo.InvariantCulture, $"construct k{k}\n");
        for (var i = 0; i < count; i++)
        {
            for (var step = 1; step <= 3; step++)
            {
                var sign = (i * 7 + step) % 5 == 0 ? "decreased" : "increased";
                text.Append(CultureInfo.InvariantCulture, $"link L{i}_{step}: high c{i} -> {sign} c{(i + step * 3) % count}\n");
                if ((i + step) % 6 == 0)
                    text.Append(CultureInfo.InvariantCulture, $"  when {((i + step) % 4 == 0 ? "low" : "high")} k{(i + step) % 3}\n");
            }
        }

        return text.ToString();
    }
}
