using Theory.Syntax;
using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// A correct file's tree is built as the parse goes (the fast path, with no ANTLR tree); after a
/// syntax error it is converted from ANTLR's tree. For every file that parses, both ways must give
/// the same tree, token for token: they share their conversions (soft keywords and numbers read as
/// names, a numbered chain step as a qualified name), and this keeps them from drifting apart.
/// </summary>
public class StreamingParseTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_parses_to_the_same_tree_streamed_and_converted(string relativePath)
    {
        var text = TestPaths.RepositoryText(relativePath);
        AssertSameTree(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("// only a comment\n")]
    [InlineData("construct context \"A name that is a keyword\"\nconstruct feedback\ncmoc 12: high context => increased feedback -> increased context\nchain c: 12 -> 12\n")]
    [InlineData("cmoc 4.3 { context present a mechanism increased b outcome increased c }\nconstruct a\nconstruct b\nconstruct c\n")]
    [InlineData("theory T { title \"t\" }\nmrt m \"M\" { cmoc A1: high x -> increased y\n evidence @k quote \"a \\\"quoted\\\" word\" }\n")]
    public void Soft_keywords_numbers_and_escapes_read_the_same_both_ways(string source)
    {
        var text = SourceText.From(source, "t.theory");
        Assert.DoesNotContain(TheorySyntaxParser.Parse(text).Diagnostics, d => d.Id.StartsWith("TH1", StringComparison.Ordinal));
        AssertSameTree(text);
    }

    [Fact]
    public void A_bad_escape_in_a_file_that_parses_is_reported_once_either_way()
    {
        var text = SourceText.From("construct a \"bad \\q escape\"\n", "t.theory");
        Assert.Single(TheorySyntaxParser.Parse(text).Diagnostics, d => d.Id == "TH1008");
        AssertSameTree(text);
    }

    [Fact]
    public void Most_repository_files_take_the_streamed_path()
    {
        var files = TestPaths.AllTheoryFiles().ToList();
        var streamed = files.Count(f => !TheorySyntaxParser.Parse(SourceText.From(File.ReadAllText(f), f))
            .Diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error));
        Assert.True(streamed * 2 > files.Count, $"only {streamed} of {files.Count} files parse without errors");
    }

    private static void AssertSameTree(SourceText text)
    {
        var streamed = TheorySyntaxParser.Parse(text);
        var converted = TheorySyntaxParser.Parse(text, stream: false);
        Assert.Equal(Dump(converted.Root), Dump(streamed.Root));
        Assert.Equal(converted.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
    }

    internal static string Dump(SyntaxNode root)
    {
        var builder = new System.Text.StringBuilder();
        void Walk(SyntaxElement element, int depth)
        {
            builder.Append(' ', depth);
            if (element is SyntaxToken token)
            {
                builder.Append($"{token.Kind} {token.Span} '{token.Text}' [{string.Join("|", token.LeadingTrivia.Select(t => $"{t.Kind}:{t.Span}"))}]"
                    + $" [{string.Join("|", token.TrailingTrivia.Select(t => $"{t.Kind}:{t.Span}"))}] {token.IsMissing} {token.ValueText}\n");
                return;
            }

            var node = (SyntaxNode)element;
            builder.Append($"{node.Kind} {node.FullSpan}\n");
            foreach (var child in node.Children)
                Walk(child, depth + 1);
        }

        Walk(root, 0);
        return builder.ToString();
    }
}
