using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Syntax;

public class ParserTests
{
    private static SyntaxTree ParseClean(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        return tree;
    }

    private static T Single<T>(SyntaxTree tree) where T : SyntaxNode => Assert.Single(tree.Root.DescendantNodes().OfType<T>());

    private static string[] Texts(IEnumerable<TermSyntax> terms) => [.. terms.Select(t => t.ToString())];

    [Fact]
    public void Block_form_exposes_contexts_mechanism_and_outcomes()
    {
        var cmoc = Single<CmocDeclarationSyntax>(ParseClean("""
            cmoc CF1 "Functioning" {
              context   high trust, high faith
              mechanism increased collaborative_behaviour
              outcome   increased task_achievement, final increased success
              stage middle
              evidence @lasker2001 at "p. 4" quote "they trusted", interview "P3"
            }
            """));
        Assert.Equal("CF1", cmoc.Name);
        Assert.Equal("\"Functioning\"", cmoc.Label!.Text);
        Assert.Equal("Functioning", cmoc.Label.ValueText);
        Assert.Equal(["high trust", "high faith"], Texts(cmoc.Contexts));
        Assert.Equal("increased collaborative_behaviour", cmoc.Mechanism!.ToString());
        Assert.Equal(["increased task_achievement", "final increased success"], Texts(cmoc.Outcomes));
        var final = cmoc.Outcomes.Last();
        Assert.Equal(SyntaxKind.FinalKeyword, final.Tier!.Kind);
        Assert.Equal(SyntaxKind.IncreasedKeyword, final.Qualifier!.Kind);
        Assert.Equal("success", final.Name!.Text);

        var evidence = cmoc.Clauses.OfType<EvidenceClauseSyntax>().Single().Items.ToList();
        var citation = Assert.IsType<CitationEvidenceSyntax>(evidence[0]);
        Assert.Equal("lasker2001", citation.Key);
        Assert.Equal("p. 4", citation.Locator!.Value!.ValueText);
        Assert.Equal("they trusted", citation.Quotation!.Value!.ValueText);
        var primary = Assert.IsType<PrimaryDataEvidenceSyntax>(evidence[1]);
        Assert.Equal(SyntaxKind.InterviewKeyword, primary.KindKeyword!.Kind);
        Assert.Equal("P3", primary.Source!.ValueText);
    }

    [Fact]
    public void Arrow_form_and_if_then_because_form_expose_the_same_lists()
    {
        var tree = ParseClean("""
            cmoc A: high x, low y => increased m -> decreased o
              unless high conflict
              for CollaborationType.merger
            cmoc B if high x then decreased o because increased m
            """);
        var cmocs = tree.Root.DescendantNodes().OfType<CmocDeclarationSyntax>().ToList();
        foreach (var cmoc in cmocs)
        {
            Assert.Equal("increased m", cmoc.Mechanism!.ToString());
            Assert.Equal(["decreased o"], Texts(cmoc.Outcomes));
        }

        Assert.Equal(["high x", "low y"], Texts(cmocs[0].Contexts));
        Assert.Equal(["high x"], Texts(cmocs[1].Contexts));
        var condition = cmocs[0].Clauses.OfType<ConditionClauseSyntax>().Single();
        Assert.True(condition.IsUnless);
        Assert.Equal("CollaborationType.merger", cmocs[0].Clauses.OfType<ScopeClauseSyntax>().Single().Types.Single().Text);
    }

    [Fact]
    public void A_cmoc_without_mechanism_parses_as_a_black_box()
    {
        var cmoc = Single<CmocDeclarationSyntax>(ParseClean("cmoc A: high x -> increased y"));
        Assert.Null(cmoc.Mechanism);
        Assert.Equal(["increased y"], Texts(cmoc.Outcomes));
    }

    [Fact]
    public void Resource_and_reasoning_split_the_mechanism()
    {
        var cmoc = Single<CmocDeclarationSyntax>(ParseClean("""
            cmoc R { context high x resource "a shared board" reasoning increased trust outcome increased y }
            """));
        Assert.Equal("a shared board", cmoc.Clauses.OfType<ResourceClauseSyntax>().Single().Text!.ValueText);
        Assert.Equal(["increased trust"], Texts(cmoc.Clauses.OfType<ReasoningClauseSyntax>().Single().Terms));
    }

    [Fact]
    public void Header_constructs_typologies_and_stages()
    {
        var tree = ParseClean("""
            theory T "Title" { title "t" version "2.0" authors "A", "B" refines Rough bibliography "refs.bib" }
            import "other.theory"
            stages early < middle < late
            typology CollaborationType { buddying { integration low, mandated no } merger "Merger" { integration full } }
            construct trust "Trust" { kind cognitive aliases "a", "b" description "d" specialises base inverse of distrust }
            """);
        var header = Single<TheoryDeclarationSyntax>(tree);
        Assert.Equal("T", header.Name);
        Assert.Equal(["A", "B"], header.Clauses.OfType<AuthorsClauseSyntax>().Single().Authors.Select(a => a.ValueText));
        Assert.Equal("Rough", header.Clauses.OfType<RefinesClauseSyntax>().Single().Target!.Text);
        Assert.Equal("other.theory", Single<ImportDeclarationSyntax>(tree).Path!.ValueText);
        Assert.Equal(["early", "middle", "late"], Single<StagesDeclarationSyntax>(tree).Stages.Select(s => s.Text));
        var typology = Single<TypologyDeclarationSyntax>(tree);
        Assert.Equal(["buddying", "merger"], typology.Types.Select(t => t.Name));
        var attributes = typology.Types.First().Attributes.ToList();
        Assert.Equal(["integration", "mandated"], attributes.Select(a => a.Identifier!.Text));
        Assert.Equal(["low", "no"], attributes.Select(a => a.Value!.ToString()));
        var construct = Single<ConstructDeclarationSyntax>(tree);
        Assert.Equal("cognitive", construct.Clauses.OfType<KindClauseSyntax>().Single().Value!.Text);
        Assert.Equal(["a", "b"], construct.Clauses.OfType<AliasesClauseSyntax>().Single().Aliases.Select(a => a.ValueText));
        Assert.Equal("distrust", construct.Clauses.OfType<InverseClauseSyntax>().Single().Target!.Text);
    }

    [Fact]
    public void Groups_nest_and_hold_declarations()
    {
        var tree = ParseClean("""
            mrt outer "Outer" {
              description "d"
              criterion inner { cluster deepest { theme t { cmoc A: high x => increased y -> increased z } } }
              link x -> y
            }
            """);
        var groups = tree.Root.DescendantNodes().OfType<GroupDeclarationSyntax>().ToList();
        Assert.Equal(["outer", "inner", "deepest", "t"], groups.Select(g => g.Name));
        Assert.Equal(SyntaxKind.CriterionKeyword, groups[1].GroupKeyword!.Kind);
        var cmoc = Single<CmocDeclarationSyntax>(tree);
        Assert.Equal(["t", "deepest", "inner", "outer"], cmoc.Ancestors().OfType<GroupDeclarationSyntax>().Select(g => g.Name));
        Assert.Same(tree, cmoc.SyntaxTree);
    }

    [Fact]
    public void Links_chains_feedback_loops_and_measures()
    {
        var tree = ParseClean("""
            link partnering -> governance, increased culture
            link L1 "Named": high proximity -> increased communication moderated by conflict dampens evidence @a
            chain c "Chain": A -> B -> C
            feedback f "F" { loop conflict -> trust -> conflict polarity reinforcing }
            feedback g: a -> b -> a
            measure Q9 "Competition history" { scale likert5 indicates history_of_competition reverse }
            """);
        var links = tree.Root.DescendantNodes().OfType<LinkDeclarationSyntax>().ToList();
        Assert.Null(links[0].Identifier);
        Assert.Equal("partnering", links[0].Source!.ToString());
        Assert.Equal(["governance", "increased culture"], Texts(links[0].Targets));
        Assert.Equal("L1", links[1].Identifier!.Text);
        var moderator = links[1].Clauses.OfType<ModeratorClauseSyntax>().Single();
        Assert.Equal("conflict", moderator.Moderator!.ToString());
        Assert.Equal(SyntaxKind.DampensKeyword, moderator.Effect!.Kind);
        Assert.Equal(["A", "B", "C"], Single<ChainDeclarationSyntax>(tree).Steps.Select(s => s.Text));
        var loops = tree.Root.DescendantNodes().OfType<FeedbackDeclarationSyntax>().ToList();
        Assert.Equal(["conflict", "trust", "conflict"], loops[0].Loops.Single().Steps.Select(s => s.Text));
        Assert.Equal(["a", "b", "a"], loops[1].Loops.Single().Steps.Select(s => s.Text));
        var measure = Single<MeasureDeclarationSyntax>(tree);
        Assert.Single(measure.Clauses.OfType<ReverseClauseSyntax>());
        Assert.Equal("history_of_competition", measure.Clauses.OfType<IndicatesClauseSyntax>().Single().Target!.Text);
    }

    [Fact]
    public void Trivia_attaches_to_tokens_in_the_roslyn_way()
    {
        var tree = ParseClean("// leading comment\nconstruct x // trailing\n  /* block */ construct y\n");
        var tokens = tree.Root.DescendantTokens().ToList();
        Assert.Equal(SyntaxKind.SingleLineCommentTrivia, tokens[0].LeadingTrivia[0].Kind);
        Assert.Contains(tokens[1].TrailingTrivia, t => t.Kind == SyntaxKind.SingleLineCommentTrivia);
        Assert.Equal(SyntaxKind.EndOfLineTrivia, tokens[1].TrailingTrivia[^1].Kind);
        Assert.Contains(tokens[2].LeadingTrivia, t => t.Kind == SyntaxKind.MultiLineCommentTrivia);
        Assert.Equal(SyntaxKind.EndOfFileToken, tokens[^1].Kind);
    }

    [Fact]
    public void Parents_spans_and_walkers_agree()
    {
        var text = "mrt g { cmoc A: high x => increased y -> increased z }";
        var tree = ParseClean(text);
        foreach (var node in tree.Root.DescendantNodes())
        {
            Assert.NotNull(node.Parent);
            Assert.Contains(node, node.Parent!.ChildNodes());
            Assert.True(node.Parent.FullSpan.Contains(node.FullSpan));
            Assert.Equal(text.Substring(node.Span.Start, node.Span.Length), node.ToString());
        }

        var walker = new CountingWalker();
        walker.Visit(tree.Root);
        Assert.Equal(1, walker.Cmocs);
        Assert.Equal(3, walker.Terms);
        Assert.Equal(tree.Root.DescendantTokens().Count(), walker.Tokens);
    }

    [Fact]
    public void Missing_tokens_are_zero_width_and_marked()
    {
        var tree = SyntaxTree.ParseText("construct trust { specialises }");
        var missing = Assert.Single(tree.Root.DescendantTokens(), t => t.IsMissing);
        Assert.Equal(SyntaxKind.IdentifierToken, missing.Kind);
        Assert.Equal(0, missing.Span.Length);
        Assert.Equal(DiagnosticDescriptors.MissingToken, Assert.Single(tree.Diagnostics).Descriptor);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_reported_not_overflowed()
    {
        const int depth = 100_000;
        var text = string.Concat(Enumerable.Repeat("mrt g {\n", depth)) + string.Concat(Enumerable.Repeat("}\n", depth));
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.Contains(tree.Diagnostics, d => d.Id == "TH1009");
    }

    [Fact]
    public void Every_token_type_of_the_lexer_has_a_syntax_kind()
    {
        for (var type = 1; type <= Theory.Syntax.Parsing.Generated.TheoryLexer.INVALID_CHARACTER; type++)
            Assert.NotEqual(SyntaxKind.None, Theory.Syntax.Parsing.TokenKinds.ToKind(type));
        Assert.Equal("focus_group", SyntaxFacts.GetText(SyntaxKind.FocusGroupKeyword));
        Assert.Equal("cmoc", SyntaxFacts.GetText(SyntaxKind.CmocKeyword));
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Cmocs { get; private set; }

        public int Terms { get; private set; }

        public int Tokens { get; private set; }

        public override void VisitCmocDeclaration(CmocDeclarationSyntax node)
        {
            Cmocs++;
            base.VisitCmocDeclaration(node);
        }

        public override void VisitTerm(TermSyntax node)
        {
            Terms++;
            base.VisitTerm(node);
        }

        public override void VisitToken(SyntaxToken token) => Tokens++;
    }
}
