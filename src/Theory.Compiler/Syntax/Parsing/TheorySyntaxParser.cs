using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Theory.Diagnostics;
using Theory.Syntax.Parsing.Generated;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The front door to ANTLR: lex, parse (SLL first, full LL with recovery only when SLL fails),
/// convert, and collect every lexical and syntax diagnostic of the file.
/// </summary>
internal static class TheorySyntaxParser
{
    public static ParseResult Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        var lexed = LexedText.Lex(text);
        ReportLexicalProblems(lexed, diagnostics);

        var stream = new CommonTokenStream(new ListTokenSource(lexed.Tokens));
        var parser = new TheoryParser(stream);
        parser.RemoveErrorListeners();
        TheoryParser.CompilationUnitContext tree;
        var recovered = false;
        try
        {
            // Fast path: SLL prediction, bail at the first error. Correct input never needs more.
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            tree = parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            recovered = true;
            stream.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new TheoryErrorStrategy(lexed, diagnostics);
            tree = parser.compilationUnit();
        }

        var root = new SyntaxTreeBuilder(lexed, diagnostics).Build(tree, recovered);
        return new ParseResult(root, diagnostics.ToImmutableSorted());
    }

    // The lexer's comment rule also accepts a comment cut off by the end of the file; `/*/` is one.
    private static bool IsUnterminatedComment(string text) =>
        text.Length < 4 || !text.EndsWith("*/", StringComparison.Ordinal);

    private static void ReportLexicalProblems(LexedText lexed, DiagnosticBag diagnostics)
    {
        if (lexed.FirstTooDeepBrace is { } brace)
            diagnostics.ReportTooDeeplyNested(lexed.LocationOf(brace), LexedText.MaxNestingDepth);

        var tokens = lexed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TheoryLexer.BLOCK_COMMENT && IsUnterminatedComment(token.Text))
            {
                diagnostics.ReportUnterminatedComment(new Location(lexed.Text, new TextSpan(lexed.StartOf(token), 2)));
            }
            else if (token.Type == TheoryLexer.INVALID_CHARACTER)
            {
                var start = i;
                while (i + 1 < tokens.Count && tokens[i + 1].Type == TheoryLexer.INVALID_CHARACTER)
                    i++;
                var span = TextSpan.FromBounds(lexed.StartOf(tokens[start]), lexed.StartOf(tokens[i]) + tokens[i].Text.Length);
                diagnostics.ReportInvalidCharacters(new Location(lexed.Text, span), lexed.Text.ToString(span));
            }
        }
    }
}
