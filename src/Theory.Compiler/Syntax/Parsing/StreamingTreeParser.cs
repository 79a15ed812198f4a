using Antlr4.Runtime;
using Theory.Syntax.Parsing.Generated;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The parser of the fast path (SLL, no recovery), building our tree as it parses: a rule's node is
/// made when the rule exits, from the tokens it matched and the nodes its sub-rules made. ANTLR's
/// own tree is never built: only the contexts of the rules still open are alive, so a file's parse
/// leaves nothing behind for the collector to copy but our tree. With recovery, ANTLR's tree is
/// built and converted, since recovery may skip and conjure tokens.
/// </summary>
internal sealed class StreamingTreeParser : TheoryParser
{
    private readonly SyntaxTreeBuilder _builder;

    // The generated parser's one-argument constructor reads Console.Out and Console.Error (for
    // ANTLR's trace output, never used here): setting those up was a cost in every process.
    public StreamingTreeParser(ITokenStream input, SyntaxTreeBuilder builder)
        : base(input, TextWriter.Null, TextWriter.Null)
    {
        _builder = builder;
        BuildParseTree = false;
    }

    public override IToken Consume()
    {
        var token = base.Consume();
        _builder.AddStreamedToken(token);
        return token;
    }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        _builder.EnterStreamedRule();
    }

    public override void ExitRule()
    {
        // Before the base call, Context is still the rule that ends (its labelled alternative, if any).
        _builder.ExitStreamedRule(Context);
        base.ExitRule();
    }
}
