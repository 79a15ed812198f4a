using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// An edge keeps its sign under each circumstance: unconditional claims make the base web, and a
/// conditional, scoped, staged or unsigned claim never blurs it.
/// </summary>
public class CircumstanceTests
{
    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);

    private static CausalEdge Edge(Compilation compilation, string from, string to) =>
        compilation.Web.GetEdge(compilation.GetConstruct(from)!, compilation.GetConstruct(to)!)!;

    private const string Header = """
        typology Kind { merger buddying }
        stages early < late
        construct a
        construct b
        construct x

        """;

    [Fact]
    public void An_edge_claims_circumstances_name_the_other_contexts_and_are_made_once_per_context()
    {
        var text = Header + """
            construct m
            construct n
            construct o
            cmoc C1 {
              context high a, low b
              mechanism increased m, increased n
              outcome increased o
              when high x
              stage late
            }
            link L1: high a -> increased o for Kind.merger

            """;
        var compilation = Compile(text);

        var fromA = Edge(compilation, "a", "m").Claims.Single();
        var fromB = Edge(compilation, "b", "m").Claims.Single();
        Assert.Equal("context low b; stage late; when high x", fromA.Circumstances);
        Assert.Equal("context high a; stage late; when high x", fromB.Circumstances);
        Assert.Equal("context high a; context low b; stage late; when high x", Edge(compilation, "m", "o").Claims.Single().Circumstances);
        Assert.Equal("for Kind.merger", Edge(compilation, "a", "o").Claims.Single().Circumstances);

        // Two edges from one context share one text, made once; asked again, it is the same text.
        Assert.Same(fromA.Circumstances, Edge(compilation, "a", "n").Claims.Single().Circumstances);
        Assert.Same(fromA.Circumstances, fromA.Circumstances);
        Assert.NotSame(fromA.Circumstances, fromB.Circumstances);
    }

    [Fact]
    public void Fourteen_agreeing_claims_keep_their_sign_beside_one_dissent_of_each_kind()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 14).Select(i => $"link L{i}: high a -> increased b\n"))
            + "link S: high a -> decreased b\n  for Kind.merger\n"
            + "link W: high a -> decreased b\n  when high x\n"
            + "link C: high a -> changed b\n";
        var edge = Edge(Compile(text), "a", "b");

        Assert.Equal(Sign.Positive, edge.Sign);
        Assert.True(edge.HoldsUnconditionally);
        Assert.Equal("+ (14), - (2), ? (1)", edge.SignSummary);
        Assert.Equal(Sign.Negative, edge.SignUnder(Circumstance.Of(Claim(text, "W"))));
        Assert.Equal(Sign.Negative, edge.SignUnder(Circumstance.Of(Claim(text, "S"))));
        Assert.Equal(["", "for Kind.merger", "when high x"], edge.Circumstances.Select(c => c.Text));
    }

    [Fact]
    public void Unconditional_claims_that_disagree_are_indeterminate_and_unsigned_claims_alone_are_unknown()
    {
        var mixed = Edge(Compile(Header + "link P: high a -> increased b\nlink N: high a -> decreased b\n"), "a", "b");
        Assert.Equal(Sign.Indeterminate, mixed.Sign);
        Assert.Equal("+ (1), - (1)", mixed.SignSummary);

        var unsigned = Edge(Compile(Header + "link U: high a -> changed b\n"), "a", "b");
        Assert.Equal(Sign.Indeterminate, unsigned.Sign);
        Assert.Equal("?", unsigned.SignSummary);
    }

    [Fact]
    public void An_edge_claimed_only_under_a_condition_is_not_in_the_base_web()
    {
        var text = Header + "link W: high a -> decreased b\n  when high x\n";
        var edge = Edge(Compile(text), "a", "b");
        Assert.False(edge.HoldsUnconditionally);
        Assert.Null(edge.SignUnder(Circumstance.Unconditional));
        Assert.Equal(Sign.Negative, edge.SignUnder(Circumstance.Of(Claim(text, "W"))));
    }

    [Fact]
    public void A_claim_made_only_at_a_stage_is_in_the_base_web_and_stages_keep_their_own_signs()
    {
        var text = Header + "link E: high a -> increased b\n  stage early\nlink L: high a -> decreased b\n  stage late\n";
        var edge = Edge(Compile(text), "a", "b");
        Assert.True(edge.HoldsUnconditionally);
        Assert.Equal(Sign.Indeterminate, edge.Sign);
        Assert.Equal(Sign.Positive, edge.SignUnder(Circumstance.Of(Claim(text, "E"))));
        Assert.Equal(Sign.Negative, edge.SignUnder(Circumstance.Of(Claim(text, "L"))));
    }

    [Theory]
    [InlineData("when high x", "unless high x", false)]
    [InlineData("when high x", "when low x", false)]
    [InlineData("when x", "when high x", true)]
    [InlineData("for Kind.merger", "for Kind.buddying", false)]
    [InlineData("for Kind.merger, Kind.buddying", "for Kind.buddying", true)]
    [InlineData("stage early", "stage late", false)]
    [InlineData("when high x", "stage late", true)]
    [InlineData("when high x", "unless low x", true)]
    public void Circumstances_combine_only_when_they_can_hold_at_once(string left, string right, bool combine)
    {
        var text = Header + $"link A: high a -> increased b\n  {left}\nlink B: high b -> increased a\n  {right}\n";
        var (first, second) = (Circumstance.Of(Claim(text, "A")), Circumstance.Of(Claim(text, "B")));
        Assert.Equal(combine, first.CombineWith(second) is not null);
        Assert.Equal(combine, second.CombineWith(first) is not null);
        if (first.CombineWith(second) is { } both)
            Assert.True(both.Includes(first) && both.Includes(second));
    }

    [Fact]
    public void A_question_asked_for_one_type_includes_claims_made_for_several_types_of_that_typology()
    {
        var text = Header + "link A: high a -> increased b\n  for Kind.merger, Kind.buddying\n  stage early\n";
        var compilation = Compile(text);
        var claim = Circumstance.Of(compilation.Links.Single());
        Assert.Equal("for Kind.buddying, Kind.merger; stage early", claim.Text);
        Assert.True(Circumstance.Parse(compilation, "for merger; stage early", out _)!.Includes(claim));
        Assert.False(Circumstance.Parse(compilation, "for merger", out _)!.Includes(claim));
        Assert.Null(Circumstance.Parse(compilation, "stage early; stage late", out var error));
        Assert.Contains("cannot hold", error);
        Assert.Null(Circumstance.Parse(compilation, "sometimes x", out error));
        Assert.Contains("is not a circumstance", error);
        Assert.Equal("when high x", Circumstance.Parse(compilation, "  when   high x ", out _)!.Text);
    }

    private static ClaimSymbol Claim(string text, string name) =>
        Compile(text).Links.Single(l => l.Name == name);
}
