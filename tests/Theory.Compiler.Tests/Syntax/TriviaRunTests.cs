using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// Tokens keep their trivia as shared runs without positions (<see cref="TriviaRun"/>) and place it
/// when asked. The placed trivia must be exactly what the file holds around each token, and equal
/// spacing must really be shared, or the tree's memory comes back.
/// </summary>
public class TriviaRunTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Placed_trivia_is_the_text_around_each_token(string relativePath)
    {
        var text = TestPaths.RepositoryText(relativePath);
        var tree = SyntaxTree.Parse(text);
        var expectedStart = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            // A token recovery conjured has no text and no trivia; it sits where the previous token ends.
            if (token.IsMissing)
            {
                Assert.True(token.LeadingTrivia.IsEmpty && token.TrailingTrivia.IsEmpty && token.FullSpan.Length == 0);
                continue;
            }

            Assert.Equal(expectedStart, token.FullSpan.Start);
            var position = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
                position = AssertPlaced(text, trivia, position);
            Assert.Equal(token.Span.Start, position);
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
                position = AssertPlaced(text, trivia, position);
            Assert.Equal(token.FullSpan.End, position);
            expectedStart = token.FullSpan.End;
        }

        Assert.Equal(text.Length, expectedStart);
    }

    [Fact]
    public void Tokens_with_the_same_spacing_share_one_run()
    {
        var source = string.Concat(Enumerable.Range(0, 200).Select(i => $"construct c{i} {{\n    kind state\n}}\n"));
        var tokens = SyntaxTree.Parse(SourceText.From(source, "t.theory")).Root.DescendantTokens().ToList();

        var trailing = tokens.Select(t => t.TrailingRun).Where(r => r.Count > 0).Distinct().ToList();
        var leading = tokens.Select(t => t.LeadingRun).Where(r => r.Count > 0).Distinct().ToList();

        // A space after `construct`, the names and `kind`, a line break after `{`, the kinds and `}`; four spaces before `kind`.
        Assert.Equal(2, trailing.Count);
        Assert.Single(leading);
        Assert.Equal(tokens.Count(t => t.Text == "kind"), tokens.Count(t => ReferenceEquals(t.LeadingRun, leading[0])));
    }

    [Fact]
    public void Tokens_alike_on_both_sides_share_one_detail_and_strings_keep_their_value()
    {
        var source = string.Concat(Enumerable.Range(0, 200).Select(i => $"construct c{i} \"a \\\"quoted\\\" name {i}\" {{\n    kind state\n}}\n"));
        var tokens = SyntaxTree.Parse(SourceText.From(source, "t.theory")).Root.DescendantTokens().ToList();

        // Every token but the strings shares its detail with the other tokens of its spacing:
        // one detail per distinct pair of runs, however many tokens.
        var plain = tokens.Where(t => t.Kind != SyntaxKind.StringToken).ToList();
        var pairs = plain.Select(t => (t.LeadingRun, t.TrailingRun)).Distinct().Count();
        Assert.Equal(pairs, plain.Select(t => t.Detail).Distinct().Count());
        Assert.True(pairs < 10, $"{pairs} pairs of runs");

        // A string's decoded value is its own.
        var strings = tokens.Where(t => t.Kind == SyntaxKind.StringToken).ToList();
        Assert.Equal(200, strings.Count);
        Assert.Equal(200, strings.Select(t => t.Detail).Distinct().Count());
        for (var i = 0; i < strings.Count; i++)
        {
            Assert.Equal($"a \"quoted\" name {i}", strings[i].ValueText);
            Assert.Equal($"\"a \\\"quoted\\\" name {i}\"", strings[i].Text);
        }
    }

    [Fact]
    public void Long_comments_are_kept_whole_and_placed_after_shared_runs()
    {
        var comment = "// " + new string('x', 500);
        var source = $"construct a {comment}\nconstruct b {comment}\n";
        var text = SourceText.From(source, "t.theory");
        var tokens = SyntaxTree.Parse(text).Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.IdentifierToken).ToList();

        foreach (var token in tokens)
        {
            var comments = token.TrailingTrivia.Where(t => t.Kind == SyntaxKind.SingleLineCommentTrivia).ToList();
            Assert.Equal(comment, Assert.Single(comments).Text);
            Assert.Equal(comment, text.ToString(comments[0].Span));
        }

        Assert.Equal(source, SyntaxTree.Parse(text).Root.ToFullString());
    }

    [Fact]
    public void Reading_trivia_twice_gives_equal_trivia()
    {
        var token = SyntaxTree.Parse(SourceText.From("construct a // note\n", "t.theory")).Root.DescendantTokens()
            .First(t => t.Kind == SyntaxKind.IdentifierToken);

        Assert.Equal(token.TrailingTrivia, token.TrailingTrivia, EqualityComparer<SyntaxTrivia>.Default);
        Assert.Equal(3, token.TrailingTrivia.Length);
    }

    private static int AssertPlaced(SourceText text, SyntaxTrivia trivia, int position)
    {
        Assert.Equal(position, trivia.Span.Start);
        Assert.Equal(trivia.Text, text.ToString(trivia.Span));
        return trivia.Span.End;
    }
}
