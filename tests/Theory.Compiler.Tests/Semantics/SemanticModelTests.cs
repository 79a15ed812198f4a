using System.Text;
using Theory.Bibliography;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

public class SemanticModelTests
{
    private const string Source = """
        theory T "Test" { title "A test" version "1" authors "A", "B" }
        stages early < late
        typology Kind { merger { integration full } buddying }
        construct trust "Trust" { kind cognitive aliases "interorganisational trust" }
        construct faith { kind cognitive }
        construct behaviour { kind behaviour }
        construct initial_trust { kind resource specialises trust }
        mrt m "M" {
          theme t {
            cmoc C1 "One" {
              context   low interorganisational_trust, high faith
              mechanism increased behaviour
              outcome   final decreased initial_trust
              when      present faith
              for       merger
              stage     late
              evidence  @smith2020 at "p. 2" quote "q", interview "Lead"
              status    refined
              provenance novel
              confidence 0.7
              moderated by trust dampens
            }
          }
        }
        measure Q1 "Item" { scale likert5 indicates trust reverse }
        """;

    private static (Compilation Compilation, SyntaxTree Tree) Compile()
    {
        var tree = SyntaxTree.ParseText(Source, "t.theory");
        var bib = BibliographyFile.Parse(SourceText.From("@article{smith2020, title = {Trust}, year = 2020}", "r.bib"));
        return (Compilation.Create([tree], [bib]), tree);
    }

    [Fact]
    public void Binds_every_clause_of_a_cmoc()
    {
        var (compilation, _) = Compile();
        var cmoc = compilation.GetCmoc("C1")!;
        Assert.Equal("One", cmoc.Label);
        Assert.Equal(["low trust", "high faith"], cmoc.Contexts.Select(t => t.ToString()));
        Assert.Equal("interorganisational_trust", cmoc.Contexts[0].WrittenName);
        Assert.Equal(Tier.Final, cmoc.Outcomes[0].Tier);
        Assert.Equal(Qualifier.Present, Assert.Single(cmoc.Conditions).Term.Qualifier);
        Assert.Equal("Kind.merger", Assert.Single(cmoc.Scope).QualifiedName);
        Assert.Equal("late", cmoc.Stage!.Name);
        Assert.Equal(1, cmoc.Stage.Order);
        Assert.Equal(ClaimStatus.Refined, cmoc.Status);
        Assert.Equal(Provenance.Novel, cmoc.Provenance);
        Assert.Equal("0.7", cmoc.Confidence);
        Assert.Equal(ModeratorEffect.Dampens, Assert.Single(cmoc.Moderators).Effect);
        Assert.Equal(2, cmoc.DistinctSourceCount);
        Assert.Equal("Trust", cmoc.Evidence[0].Source!.Title);
        Assert.Equal("p. 2", cmoc.Evidence[0].Locator);
        Assert.Equal(EvidenceKind.Interview, cmoc.Evidence[1].EvidenceKind);
        Assert.Equal("t", cmoc.Group!.Name);
        Assert.Equal(GroupKind.MiddleRangeTheory, cmoc.Group.Parent!.GroupKind);
    }

    [Fact]
    public void Binds_header_constructs_types_and_measures()
    {
        var (compilation, _) = Compile();
        Assert.Equal(["A", "B"], compilation.Theory!.Authors.AsEnumerable());
        Assert.Equal(["atemporal", "early", "late"], compilation.Stages.Select(s => s.Name));
        var merger = compilation.Typologies[0].Types[0];
        Assert.Equal(new KeyValuePair<string, string>("integration", "full"), Assert.Single(merger.Attributes));
        Assert.Equal(ConstructKind.Resource, compilation.GetConstruct("initial_trust")!.ConstructKind);
        Assert.Same(compilation.GetConstruct("trust"), compilation.GetConstruct("initial_trust")!.Specialises);
        Assert.Same(compilation.GetConstruct("trust"), compilation.GetConstruct("Interorganisational Trust"));
        var measure = Assert.Single(compilation.Measures);
        Assert.True(measure.IsReversed);
        Assert.Equal("likert5", measure.Scale);
        Assert.Same(compilation.GetConstruct("trust"), measure.Indicates);
    }

    [Fact]
    public void The_web_signs_each_edge_as_level_times_direction()
    {
        var (compilation, _) = Compile();
        var web = compilation.Web;
        var trust = compilation.GetConstruct("trust")!;
        var behaviour = compilation.GetConstruct("behaviour")!;
        var initial = compilation.GetConstruct("initial_trust")!;
        Assert.Equal(Sign.Negative, web.GetEdge(trust, behaviour)!.Sign);                     // low x increased
        Assert.Equal(Sign.Positive, web.GetEdge(compilation.GetConstruct("faith")!, behaviour)!.Sign);
        Assert.Equal(Sign.Negative, web.GetEdge(behaviour, initial)!.Sign);                   // increased x decreased
        var claim = Assert.Single(web.GetEdge(trust, behaviour)!.Claims);
        Assert.Equal(ClaimRole.ContextToMechanism, claim.Role);
        Assert.Contains("context high faith", claim.Circumstances);
        Assert.Contains("stage late", claim.Circumstances);
        Assert.Null(web.GetEdge(behaviour, trust));
    }

    [Fact]
    public void The_semantic_model_answers_declaration_and_reference_questions()
    {
        var (compilation, tree) = Compile();
        var model = compilation.GetSemanticModel(tree);
        var cmocSyntax = tree.Root.DescendantNodes().OfType<CmocDeclarationSyntax>().Single();
        Assert.Same(compilation.GetCmoc("C1"), model.GetDeclaredSymbol(cmocSyntax));
        var aliasTerm = cmocSyntax.Contexts.First();
        Assert.Same(compilation.GetConstruct("trust"), model.GetSymbol(aliasTerm));
        var citation = tree.Root.DescendantNodes().OfType<CitationEvidenceSyntax>().Single();
        Assert.Equal("smith2020", model.GetSymbol(citation)!.Name);
        var other = SyntaxTree.ParseText("construct x");
        Assert.Throws<ArgumentException>(() => compilation.GetSemanticModel(other));
        Assert.Throws<ArgumentException>(() => model.GetDeclaredSymbol(other.Root));
    }

    [Fact]
    public void Paths_are_listed_shortest_first_with_their_net_sign()
    {
        var tree = SyntaxTree.ParseText("""
            construct a
            construct b
            construct c
            construct d
            link a -> increased b
            link a -> decreased c
            link c -> decreased d
            link b -> increased d
            """);
        var compilation = Compilation.Create([tree]);
        var paths = compilation.Web.FindPaths(compilation.GetConstruct("a")!, compilation.GetConstruct("d")!);
        Assert.Equal(["a -> b -> d", "a -> c -> d"], paths.Select(p => p.ToString()));
        Assert.Equal([Sign.Positive, Sign.Positive], paths.Select(p => p.Sign));
    }

    [Fact]
    public void A_ten_thousand_cmoc_theory_binds_and_checks()
    {
        // Size, not speed: timing belongs in the benchmarks. Chained CMOCs with loops every 50 steps.
        var text = new StringBuilder();
        const int count = 10_000;
        for (var i = 0; i <= count; i++)
            text.Append("construct k").Append(i).Append('\n');
        for (var i = 0; i < count; i++)
            text.Append("cmoc C").Append(i).Append(": high k").Append(i).Append(" => increased k").Append(i + 1)
                .Append(" -> increased k").Append((i + 2) % (count + 1)).Append("\n  evidence interview \"a\", interview \"b\"\n");
        var compilation = Compilation.Create([SyntaxTree.ParseText(text.ToString(), "big.theory")]);
        var diagnostics = compilation.GetDiagnostics();
        Assert.Equal(count, compilation.Cmocs.Length);
        // C(i)'s mechanism -> outcome edge is C(i+1)'s context -> mechanism edge: claims share edges.
        Assert.Equal(count + 1, compilation.Web.Edges.Length);
        Assert.Equal(2, compilation.Web.Edges[1].Claims.Length);
        // The chain wraps round at the end: one tangle, reported once.
        Assert.Single(diagnostics, d => d.Id == "TH2201");
    }
}
