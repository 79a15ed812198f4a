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
    /// <param name="text">The file.</param>
    /// <param name="stream">False makes even a correct file take the recovery path's ANTLR tree and
    /// converter, so tests can check that the two ways of building our tree agree.</param>
    /// <param name="slices">How many pieces to lex (<see cref="LineSlices"/>) and runs of declarations
    /// to parse (<see cref="DeclarationSlices"/>) at the same time; by default one per core for a
    /// large file. Tests set it to check that slices make the same tokens and tree as the whole file.</param>
    public static ParseResult Parse(SourceText text, bool stream = true, int? slices = null)
    {
        var sliceCount = slices ?? DeclarationSlices.For(text.Length);
        return Parse(LexedText.Lex(text, sliceCount), stream, sliceCount);
    }

    /// <summary>
    /// The tree of <paramref name="text"/>, an edited version of <paramref name="previousText"/>,
    /// which <paramref name="previous"/> is the parse of: only the lines the edit touched are lexed
    /// and only the declarations it touched are parsed (<see cref="IncrementalParse"/>). The tree
    /// and diagnostics are those <see cref="Parse(SourceText, bool, int?)"/> gives.
    /// </summary>
    public static ParseResult Reparse(ParseResult previous, SourceText previousText, SourceText text) =>
        IncrementalParse.TryReparse(previous, previousText, text) ?? Parse(text);

    private static ParseResult Parse(LexedText lexed, bool stream, int sliceCount)
    {
        var diagnostics = new DiagnosticBag();
        ReportLexicalProblems(lexed, diagnostics);

        var tokens = new LexedTokenStream(lexed);
        if (stream && ParseStreaming(lexed, tokens, diagnostics, sliceCount) is { } streamed)
            return new ParseResult(streamed, diagnostics.ToImmutableSorted()) { WithoutRecovery = true };

        // Recovery: full LL prediction, ANTLR's tree, then ours from it (for a file that parsed
        // without errors, the same tree the fast path makes).
        tokens.Seek(0);
        var parser = new TheoryParser(tokens, TextWriter.Null, TextWriter.Null);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.ErrorHandler = new TheoryErrorStrategy(lexed, diagnostics);
        var tree = parser.compilationUnit();
        var root = new SyntaxTreeBuilder(lexed, diagnostics).Build(tree);
        return new ParseResult(root, diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// The fast path: SLL prediction, bail at the first error, our tree built as the parse goes.
    /// Correct input never needs more. Null when the input has a syntax error.
    /// </summary>
    private static CompilationUnitSyntax? ParseStreaming(LexedText lexed, CommonTokenStream stream, DiagnosticBag diagnostics, int slices)
    {
        // Problems found while making tokens (a bad escape in a string) join the file's only if
        // this path's tree is the one kept; recovery makes the tokens again and reports them itself.
        var tokenDiagnostics = new DiagnosticBag();
        var builder = new SyntaxTreeBuilder(lexed, tokenDiagnostics);
        builder.PrepareStreaming();
        var starts = DeclarationSlices.Find(lexed, slices);
        var tree = ParseSlices(lexed, builder, starts);
        if (tree is null)
        {
            // Slices that failed may have given tokens parents and names: start again from fresh tokens.
            if (starts.Count > 1)
            {
                tokenDiagnostics = new DiagnosticBag();
                builder = new SyntaxTreeBuilder(lexed, tokenDiagnostics);
                builder.PrepareStreaming();
            }

            if (!TryStream(stream, builder))
                return null;
            tree = builder.FinishStreaming();
        }

        diagnostics.AddRange(tokenDiagnostics);
        return tree;
    }

    /// <summary>
    /// A large file's declarations, parsed in slices at the same time; null when there is one
    /// slice, or when a slice does not parse (the whole file then parses as one, and a syntax
    /// error is reported as for any file).
    /// </summary>
    private static CompilationUnitSyntax? ParseSlices(LexedText lexed, SyntaxTreeBuilder builder, List<int> starts)
    {
        if (starts.Count < 2)
            return null;

        var builders = new SyntaxTreeBuilder[starts.Count];
        var parsed = new bool[starts.Count];
        Parallel.For(0, starts.Count, i =>
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : lexed.Tokens.Count - 1;
            builders[i] = builder.ForSlice();
            parsed[i] = TryStreamSlice(lexed, starts[i], end, builders[i]);
        });

        return parsed.All(p => p) ? builder.FinishSlices(builders.Select(b => b.StreamedDeclarations)) : null;
    }

    /// <summary>Parses the tokens from <paramref name="start"/> up to <paramref name="end"/> as a file of their own.</summary>
    internal static bool TryStreamSlice(LexedText lexed, int start, int end, SyntaxTreeBuilder builder) =>
        TryStream(SliceOf(lexed, start, end), builder);

    /// <summary>The tokens from <paramref name="start"/> up to <paramref name="end"/>, ending as a file does.</summary>
    internal static LexedTokenStream SliceOf(LexedText lexed, int start, int end)
    {
        var tokens = lexed.Tokens.GetRange(start, end - start);
        // The slice's own end: not a token of the file, so it adds nothing to the tree.
        tokens.Add(new LexedToken(TokenConstants.EOF, TokenConstants.DefaultChannel, -1, -1));
        return new LexedTokenStream(tokens);
    }

    /// <summary>The fast path's parser: SLL prediction, giving up at the first error, our tree built as it goes.</summary>
    internal static StreamingTreeParser FastParser(CommonTokenStream stream, SyntaxTreeBuilder builder)
    {
        var parser = new StreamingTreeParser(stream, builder);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        return parser;
    }

    private static bool TryStream(CommonTokenStream stream, SyntaxTreeBuilder builder)
    {
        var parser = FastParser(stream, builder);
        try
        {
            parser.compilationUnit();
            return true;
        }
        catch (ParseCanceledException)
        {
            return false;
        }
    }

    internal static void ReportLexicalProblems(LexedText lexed, DiagnosticBag diagnostics)
    {
        if (lexed.FirstTooDeepBrace is { } brace)
            diagnostics.ReportTooDeeplyNested(lexed.LocationOf(brace), LexedText.MaxNestingDepth);

        var tokens = lexed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TheoryLexer.BLOCK_COMMENT && LexedText.IsUnterminatedComment(token.Text))
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
