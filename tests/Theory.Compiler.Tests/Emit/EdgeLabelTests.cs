using System.Text;
using Theory.Compiler.Tests.Syntax;
using Theory.Emit;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// An edge's label in the diagrams names its claims once each, in order, unnamed links left out.
/// The label is written out as a loop (a list for an edge of a few claims, a set for more); these
/// hold it to the rule as a query says it.
/// </summary>
public class EdgeLabelTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_edge_of_every_repository_file_is_labelled_as_the_rule_says(string relativePath)
    {
        var tree = SyntaxTree.Parse(TestPaths.RepositoryText(relativePath));
        AssertLabelsFollowTheRule(Compilation.Create([tree]));
    }

    [Fact]
    public void An_edge_of_many_claims_names_each_once_in_order()
    {
        // Twelve CMOCs and two links assert `a -> b`; one CMOC asserts it twice (two contexts
        // naming `a`), and one link is unnamed.
        var text = new StringBuilder("construct a\nconstruct b\n");
        for (var i = 11; i >= 0; i--)
            text.Append("cmoc C").Append(i).Append(" { context high a  outcome increased b }\n");
        text.Append("cmoc Twice { context high a  context low a  outcome increased b }\n");
        text.Append("link Named: high a -> increased b\nlink high a -> increased b\n");
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text.ToString(), "many.theory"))]);
        var edge = Assert.Single(compilation.Web.Edges, e => e.From.Name == "a" && e.To.Name == "b");
        Assert.True(edge.Claims.Length > 8);

        AssertLabelsFollowTheRule(compilation);
        var label = LoopTags.For(compilation).LabelOf(edge);
        Assert.Equal(1, CountOf(label, "Twice"));
        Assert.Equal(1, CountOf(label, "Named"));
        Assert.DoesNotContain("link", label, StringComparison.Ordinal);
    }

    private static void AssertLabelsFollowTheRule(Compilation compilation)
    {
        var loops = LoopTags.For(compilation);
        foreach (var edge in compilation.Web.Edges)
        {
            var tags = loops.TagsOn(edge);
            var names = edge.Claims.Select(c => c.Claim).Where(c => c is not LinkSymbol { IsNamed: false })
                .Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
            var expected = EdgeMarks.SignText(edge) + (names.Count > 0 ? " " + string.Join(", ", names) : "")
                + (tags.Count > 0 ? " [" + string.Join(", ", tags) + "]" : "");
            Assert.Equal(expected, loops.LabelOf(edge));
        }
    }

    private static int CountOf(string text, string word) =>
        text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Count(w => w == word);
}
