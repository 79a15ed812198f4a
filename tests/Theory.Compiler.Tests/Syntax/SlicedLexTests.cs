using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// A large text is lexed in pieces cut after line feeds, at the same time. The tokens must be the
/// whole text's, one for one: a cut inside a block comment is seen and the text lexed whole.
/// </summary>
public class SlicedLexTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_lexes_to_the_same_tokens_in_pieces(string relativePath)
    {
        var text = TestPaths.RepositoryText(relativePath);
        AssertSameInPieces(text, 2, 3, 9);
    }

    [Theory]
    [InlineData("construct a /* a comment\nacross\nlines */ construct b\nconstruct c\n/* another\n\n\n*/\n")]
    [InlineData("construct a\r\nconstruct b\r\n\r\ncmoc x: a -> b\r\n")]
    [InlineData("construct \U0001D49C\nconstruct b \"\U0001F600 in a label\"\nconstruct c\nconstruct d\n")]
    [InlineData("construct a construct b construct c")]
    [InlineData("construct a\n\"unterminated\nconstruct b\n// comment\n#\u0001\nconstruct c\n")]
    [InlineData("/* never closed\nconstruct a\nconstruct b\nconstruct c\n")]
    public void Comments_line_breaks_and_astral_letters_lex_the_same_in_pieces(string source)
    {
        AssertSameInPieces(SourceText.From(source, "t.theory"), 2, 3, 5, 40);
    }

    [Fact]
    public void Cuts_fall_after_line_feeds()
    {
        var text = "construct a\nconstruct b\nconstruct c\nconstruct d\n";
        var cuts = LineSlices.Find(text, 3);

        Assert.Equal(0, cuts[0]);
        Assert.Equal(text.Length, cuts[^1]);
        Assert.Equal(4, cuts.Count);
        Assert.All(cuts.Skip(1).SkipLast(1), c => Assert.Equal('\n', text[c - 1]));
    }

    private static void AssertSameInPieces(SourceText text, params int[] pieces)
    {
        var whole = Describe(LexedText.Lex(text, 1));
        foreach (var count in pieces)
            Assert.Equal(whole, Describe(LexedText.Lex(text, count)));
    }

    private static List<string> Describe(LexedText lexed) =>
        [.. lexed.Tokens.Select((t, i) => $"{i}:{t.TokenIndex} {t.Type} {t.Channel} {lexed.StartOf(t)} '{LexedText.TextOf(t)}'"),
         $"too deep: {lexed.FirstTooDeepBrace?.TokenIndex}"];
}
