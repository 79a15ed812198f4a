using System.Text;
using Theory.Diagnostics;
using Theory.Syntax;
using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// After an edit only the lines it touched are lexed again (<see cref="EditedTokens"/>). Whatever
/// the edit, the tokens it gives — kinds, places, texts, trivia and string values — and what the
/// lexing reports must be those of lexing the whole edited text, or it must decline (null).
/// </summary>
public class EditedTokensTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Edited_tokens_are_the_tokens_of_the_whole_edited_text(string relativePath)
    {
        var original = TestPaths.RepositoryText(relativePath);
        var tree = SyntaxTree.Parse(original);
        if (!tree.Diagnostics.IsEmpty)
            return; // Such a text is parsed whole after an edit.

        var random = new Random(relativePath.Length * 7919);
        var old = tree.Root.DescendantTokens().ToList();
        for (var i = 0; i < 60; i++)
        {
            var edited = SourceText.From(Edit(original.ToString(), random), relativePath);
            if (EditedTokens.Make(old, original, edited) is not { } tokens)
                continue;
            var (expected, diagnostics) = WholeText(edited);
            Assert.Equal(expected, tokens.Tokens.Select(Describe).ToList());
            Assert.Equal(diagnostics, tokens.Diagnostics.Select(d => d.ToString()).ToList());
        }
    }

    [Theory]
    [InlineData("construct a\nconstruct b\n", "construct a\n/* construct b\n")]
    [InlineData("construct a\nconstruct b\nconstruct c /* x */\n", "construct a\n/*construct b\nconstruct c /* x */\n")]
    [InlineData("construct a \"A\" construct b\n", "construct a \"A construct b\n")]
    [InlineData("construct a // note\nconstruct b\n", "construct a // note\n// construct b\n")]
    [InlineData("construct a\r\nconstruct b\r\n", "construct a\r\nconstruct b\r\n\r\n")]
    [InlineData("construct a\rconstruct b\n", "construct a\r\nconstruct b\n")]
    [InlineData("construct a \"x\\q\"\n", "construct a \"y\\q\"\n")]
    [InlineData("construct a\n", "construct a\n\u00a7\u00a7\n")]
    [InlineData("construct a { kind state }\n", "construct a { kind state\n")]
    [InlineData("construct a\n", "")]
    [InlineData("", "construct a\n")]
    public void Edits_at_line_ends_comments_strings_and_the_file_edges_lex_as_the_whole_text(string before, string after)
    {
        var original = SourceText.From(before, "t.theory");
        var old = SyntaxTree.Parse(original).Root.DescendantTokens().ToList();
        var edited = SourceText.From(after, "t.theory");
        if (EditedTokens.Make(old, original, edited) is not { } tokens)
            return;
        var (expected, diagnostics) = WholeText(edited);
        Assert.Equal(expected, tokens.Tokens.Select(Describe).ToList());
        Assert.Equal(diagnostics, tokens.Diagnostics.Select(d => d.ToString()).ToList());
    }

    private static (List<string> Tokens, List<string> Diagnostics) WholeText(SourceText text)
    {
        var lexed = LexedText.Lex(text);
        var diagnostics = new DiagnosticBag();
        TheorySyntaxParser.ReportLexicalProblems(lexed, diagnostics);
        var builder = new SyntaxTreeBuilder(lexed, diagnostics);
        builder.PrepareStreaming();
        var tokens = Enumerable.Range(0, lexed.Tokens.Count).Select(builder.TokenAt).OfType<SyntaxToken>().Select(Describe).ToList();
        return (tokens, diagnostics.ToImmutableSorted().Select(d => d.ToString()).ToList());
    }

    // A keyword or a CMOC's number read as a name keeps the kind its tree gave it (a name), where
    // the lexer's is the keyword's or a number's: words and numbers compare by their text.
    private static string Describe(SyntaxToken token) =>
        $"{(token.Kind is SyntaxKind.IdentifierToken or SyntaxKind.NumberToken || SyntaxFacts.IsKeyword(token.Kind) ? "word" : token.Kind.ToString())} {token.Span} '{token.Text}' {token.ValueText}"
        + $" [{string.Join("|", token.LeadingTrivia.Select(t => $"{t.Kind}:{t.Span}"))}] [{string.Join("|", token.TrailingTrivia.Select(t => $"{t.Kind}:{t.Span}"))}]";

    private static string Edit(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(8) switch
        {
            0 => text.Insert(at, "\n"),
            1 => text.Insert(at, "/*"),
            2 => text.Insert(at, "\""),
            3 => text.Insert(at, "// x"),
            4 => text.Remove(at, Math.Min(text.Length - at, random.Next(1, 30))),
            5 => text.Insert(at, "\r"),
            6 => text.Insert(at, " cmoc q: a -> b\n"),
            _ => text.Insert(at, ((char)('a' + random.Next(26))).ToString()),
        };
    }
}
