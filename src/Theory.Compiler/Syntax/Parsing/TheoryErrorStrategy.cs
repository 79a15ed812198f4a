using Antlr4.Runtime;
using Theory.Diagnostics;
using Theory.Syntax.Parsing.Generated;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, resynchronisation at loop
/// boundaries) with our own reporting: coded diagnostics with human messages and precise spans,
/// instead of ANTLR's token-name dumps.
/// </summary>
internal sealed class TheoryErrorStrategy(LexedText lexed, DiagnosticBag diagnostics) : DefaultErrorStrategy
{
    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e)
    {
        if (IsMissingName(recognizer, e))
        {
            ReportMissing(recognizer);
            return;
        }

        ReportUnexpected(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());
    }

    // `name` chooses between an identifier and a soft keyword, so ANTLR's single-token insertion
    // (which repairs a token that one `Match` expects) never runs for a missing name. It is done
    // here: where a name is expected and the token found is neither a name nor a reserved word
    // written as one, the name is missing, and a zero-width identifier stands in for it.
    public override void Recover(Parser recognizer, RecognitionException e)
    {
        if (!IsMissingName(recognizer, e))
        {
            base.Recover(recognizer, e);
            return;
        }

        var current = recognizer.CurrentToken;
        var missing = recognizer.TokenFactory.Create(
            Tuple.Create(current.TokenSource, current.TokenSource.InputStream), TheoryLexer.IDENTIFIER, "",
            TokenConstants.DefaultChannel, -1, -1, current.Line, current.Column);
        recognizer.Context.AddErrorNode(missing);
    }

    // As ANTLR's insertion does, only when the token found can follow the name: otherwise the
    // token is the mistake, and the ordinary report and resynchronisation fit it better.
    private static bool IsMissingName(Parser recognizer, RecognitionException e)
    {
        if (e is not (NoViableAltException or InputMismatchException) || recognizer.Context is not { ChildCount: 0 } name
            || name is not (TheoryParser.NameContext or TheoryParser.PathStepContext or TheoryParser.CmocIdContext)
            || name.invokingState < 0 || ExpectedTokens.WhyReserved(recognizer.CurrentToken.Type, [SyntaxKind.IdentifierToken]) is not null)
            return false;
        if (recognizer.Atn.states[name.invokingState].Transition(0) is not Antlr4.Runtime.Atn.RuleTransition call)
            return false;
        var follow = recognizer.Atn.NextTokens(call.followState, name.Parent as RuleContext);
        return follow.Contains(recognizer.CurrentToken.Type);
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e)
    {
        if (IsMissingName(recognizer, e))
        {
            ReportMissing(recognizer);
            return;
        }

        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());
    }

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());

    // ANTLR deletes a token when the one after it fits. Deleting an arrow, a brace or a keyword
    // that starts a declaration or clause turns one mistake into several, so those are kept and
    // recovery inserts or resynchronises instead.
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        IsStructural(recognizer.CurrentToken.Type) ? null : base.SingleTokenDeletion(recognizer);

    private static bool IsStructural(int tokenType)
    {
        var kind = TokenKinds.ToKind(tokenType);
        return kind is SyntaxKind.ArrowToken or SyntaxKind.FatArrowToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken
            || SyntaxFacts.IsKeyword(kind) && !SyntaxFacts.IsQualifier(kind) && !SyntaxFacts.IsTier(kind);
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
            return;
        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
            return;
        BeginErrorCondition(recognizer);
        ReportMissing(recognizer);
    }

    private void ReportMissing(Parser recognizer)
    {
        var current = recognizer.CurrentToken;
        var expected = ExpectedTokens.ToKinds(GetExpectedTokens(recognizer));
        if (current.Type == TokenConstants.EOF)
        {
            ReportAtEndOfFile(recognizer, current, expected);
            return;
        }

        var at = new Location(lexed.Text, new TextSpan(lexed.EndOfPreviousVisibleToken(current.TokenIndex), 0));
        diagnostics.ReportMissingToken(at, Describe(recognizer, expected), Where(recognizer, current, " after"));
    }

    // A kind is a name to the grammar, but the words it may be are known: list them.
    private static string Describe(Parser recognizer, IReadOnlyList<SyntaxKind> expected) =>
        (recognizer.Context is Generated.TheoryParser.KindClauseContext || recognizer.Context?.Parent is Generated.TheoryParser.KindClauseContext) && expected.Count == 1 && expected[0] == SyntaxKind.IdentifierToken
            ? "a kind (`cognitive`, `behaviour`, `resource`, `structure`, `state`, …)"
            : ExpectedTokens.Describe(expected);

    private void ReportUnexpected(Parser recognizer, IToken offending, Antlr4.Runtime.Misc.IntervalSet expectedSet)
    {
        var expected = ExpectedTokens.ToKinds(expectedSet);
        if (offending.Type == TokenConstants.EOF)
        {
            ReportAtEndOfFile(recognizer, offending, expected);
            return;
        }

        var text = LexedText.TextOf(offending);
        if (ExpectedTokens.WhyReserved(offending.Type, expected) is { } why)
        {
            diagnostics.ReportReservedWord(lexed.LocationOf(offending), ExpectedTokens.Describe(expected) + Where(recognizer, offending, " after"), text, why);
            return;
        }

        var suggestion = offending.Type == TheoryLexer.IDENTIFIER ? ExpectedTokens.SuggestKeyword(text, expected) : null;
        diagnostics.ReportUnexpectedToken(
            lexed.LocationOf(offending),
            Describe(recognizer, expected) + Where(recognizer, offending, " after"),
            DisplayText.Quote(text),
            suggestion);
    }

    private void ReportAtEndOfFile(Parser recognizer, IToken eof, IReadOnlyList<SyntaxKind> expected)
    {
        var at = new Location(lexed.Text, new TextSpan(lexed.EndOfPreviousVisibleToken(eof.TokenIndex), 0));
        var owner = ParserContextDescriber.DescribeOwner(recognizer.Context) ?? "a declaration";
        if (expected.Contains(SyntaxKind.CloseBraceToken) && FindOpenBrace(recognizer.Context) is { } brace)
        {
            diagnostics.ReportUnclosedBrace(at, owner, lexed.LocationOf(brace));
            return;
        }

        diagnostics.ReportUnexpectedEndOfFile(at, owner, ExpectedTokens.Describe(expected));
    }

    // " after the context list in CMOC `CF1`" — whichever parts are known.
    private string Where(Parser recognizer, IToken offending, string afterWord)
    {
        var previous = lexed.PreviousVisibleToken(offending.TokenIndex);
        var preceding = ParserContextDescriber.DescribePreceding(recognizer.Context, previous);
        var owner = ParserContextDescriber.DescribeOwner(recognizer.Context);
        var where = preceding is null ? "" : $"{afterWord} {preceding}";
        if (owner is not null)
            where += where.Length == 0 || preceding!.StartsWith('`') ? $" in {owner}" : $" of {owner}";
        return where;
    }

    private static IToken? FindOpenBrace(ParserRuleContext? context)
    {
        for (var ctx = context; ctx is not null; ctx = ctx.Parent as ParserRuleContext)
        {
            var brace = ctx.GetToken(TheoryLexer.LBRACE, 0);
            if (brace is not null && ctx.GetToken(TheoryLexer.RBRACE, 0) is null)
                return brace.Symbol;
        }

        return null;
    }
}
