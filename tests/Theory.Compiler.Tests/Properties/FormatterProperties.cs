using System.Text;
using CsCheck;
using Theory.Compiler.Tests.Formatting;
using Theory.Formatting;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Properties;

/// <summary>
/// The formatter's guarantees on generated inputs (CsCheck): the examples with their whitespace
/// replaced at random (spaces, tabs, line breaks of all three kinds, blank lines) and with comments
/// of both kinds added between tokens, and random cuts of the examples that still parse. For each,
/// formatting is idempotent and keeps every token and comment in order. The default run is small;
/// THEORY_PROPERTY_ITERATIONS=100000 runs a long one.
/// </summary>
public class FormatterProperties
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("THEORY_PROPERTY_ITERATIONS"), out var n) ? n : 200;

    private static readonly string[] Examples =
        [.. TestPaths.AllTheoryFiles().Where(p => p.Contains("examples", StringComparison.Ordinal)).Select(File.ReadAllText)];

    private static readonly string[] Gaps = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n\n", " \n  ", "/* c */", "// c\n", "\n// own line\n", "/* two\nlines */"];

    [Fact]
    public void Respaced_and_commented_examples_format_idempotently_and_keep_every_token()
    {
        var respaced =
            from file in Gen.OneOf(Examples)
            from seed in Gen.Int
            select Respace(file, new Random(seed));
        respaced.Sample(CheckFormatting, iter: Math.Max(1, Iterations / 10));
    }

    [Fact]
    public void Cuts_of_the_examples_that_parse_format_idempotently()
    {
        var cuts =
            from file in Gen.OneOf(Examples)
            from start in Gen.Double[0, 1]
            from length in Gen.Int[0, 2000]
            select Cut(file, (int)(start * file.Length), length);
        cuts.Sample(CheckFormatting, iter: Iterations);
    }

    private static void CheckFormatting(string input)
    {
        var tree = SyntaxTree.ParseText(input);
        if (!TheoryFormatter.CanFormat(tree))
            return;
        var formatted = TheoryFormatter.Format(tree)!;
        var again = TheoryFormatter.Format(SyntaxTree.ParseText(formatted));
        Assert.Equal(formatted, again);
        FormattingEquivalence.AssertSameTokensAndComments(input, formatted);
    }

    /// <summary>The tokens of <paramref name="text"/> with random gaps between them; comments and their line breaks kept.</summary>
    private static string Respace(string text, Random random)
    {
        var builder = new StringBuilder();
        foreach (var token in SyntaxTree.ParseText(text).Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
                AppendComment(builder, trivia);
            builder.Append(random.Next(4) == 0 ? Gaps[random.Next(Gaps.Length)] : " ");
            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia)
                AppendComment(builder, trivia);
            builder.Append(Gaps[random.Next(Gaps.Length)]);
        }

        return builder.ToString();
    }

    private static void AppendComment(StringBuilder builder, SyntaxTrivia trivia)
    {
        if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia)
            builder.Append(' ').Append(trivia.Text).Append('\n');
        else if (trivia.Kind == SyntaxKind.MultiLineCommentTrivia)
            builder.Append(' ').Append(trivia.Text).Append(' ');
    }

    private static string Cut(string text, int start, int length)
    {
        start = Math.Min(start, text.Length);
        return text.Remove(start, Math.Min(length, text.Length - start));
    }
}
