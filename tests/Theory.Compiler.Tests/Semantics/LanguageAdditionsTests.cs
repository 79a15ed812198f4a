using Theory.Emit.Csv;
using Theory.Import;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// What the language says that notes once said: CMOC IDs as reviews write them, pairings of
/// contexts and mechanisms, `any of`, factor roles, thresholds, `maintained`, `hypothesised`, a
/// typology's type as a context, moderators with a mechanism, and default evidence — each read
/// through to the web and the outputs.
/// </summary>
public class LanguageAdditionsTests
{
    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);

    private static CausalEdge? Edge(Compilation compilation, string from, string to) =>
        compilation.Web.GetEdge(compilation.GetConstruct(from)!, compilation.GetConstruct(to)!);

    private const string Constructs = """
        typology CollaborationType { alliance merger }
        construct a
        construct b
        construct c
        construct m1
        construct m2
        construct o

        """;

    [Theory]
    [InlineData("P4-20")]
    [InlineData("CF1.2")]
    [InlineData("4.3a")]
    [InlineData("12")]
    [InlineData("4.3")]
    [InlineData("2b-1.3")]
    public void A_cmoc_keeps_the_id_a_review_gives_it_and_a_chain_finds_it(string id)
    {
        var compilation = Compile(Constructs + $"cmoc {id}: high a => increased m1 -> increased o\ncmoc next: high o => increased m2 -> increased b\nchain c1: {id} -> next\n");

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error));
        Assert.Equal(id, Assert.IsType<CmocSymbol>(compilation.GetCmoc(id)).Name);
        Assert.Equal([id, "next"], compilation.Chains.Single().Steps.Select(s => s!.Name));
    }

    [Theory]
    [InlineData("a->b", new[] { "a", "->", "b" })]
    [InlineData("a-1->b", new[] { "a-1", "->", "b" })]
    [InlineData("T.type", new[] { "T", ".", "type" })]
    [InlineData("CF1.", new[] { "CF1", "." })]
    [InlineData("P4-20->b", new[] { "P4-20", "->", "b" })]
    public void Numbered_names_never_swallow_an_arrow_or_a_qualified_name(string text, string[] tokens)
    {
        var tree = SyntaxTree.ParseText("link " + text);
        var written = tree.Root.DescendantTokens().Where(t => t.Kind != SyntaxKind.EndOfFileToken && t.Kind != SyntaxKind.LinkKeyword && !t.IsMissing).Select(t => t.Text);
        Assert.Equal(tokens, written);
    }

    [Fact]
    public void A_pairing_makes_each_context_trigger_only_its_mechanisms()
    {
        var compilation = Compile(Constructs + """
            cmoc P {
              context high a => increased m1
              context high b => increased m2
              context high c
              outcome increased o
            }
            """);

        Assert.NotNull(Edge(compilation, "a", "m1"));
        Assert.Null(Edge(compilation, "a", "m2"));
        Assert.NotNull(Edge(compilation, "b", "m2"));
        Assert.Null(Edge(compilation, "b", "m1"));
        // An unpaired context keeps the simple form's meaning: every mechanism.
        Assert.NotNull(Edge(compilation, "c", "m1"));
        Assert.NotNull(Edge(compilation, "c", "m2"));
        var cmoc = compilation.GetCmoc("P")!;
        Assert.Equal(["m1", "m2"], cmoc.Mechanisms.Select(m => m.Construct!.Name));
        Assert.Equal(2, cmoc.Pairings.Length);
    }

    [Fact]
    public void A_pairing_cannot_lift_the_cap_on_terms_per_cmoc()
    {
        var names = Enumerable.Range(0, 100).ToList();
        var text = string.Concat(names.Select(i => $"construct c{i}\nconstruct m{i}\n")) + "construct o\ncmoc Big {\n"
            + "  context " + string.Join(", ", names.Select(i => $"high c{i}")) + " => " + string.Join(", ", names.Select(i => $"increased m{i}")) + "\n"
            + "  outcome increased o\n}\n";
        var compilation = Compile(text);

        var contextToMechanism = compilation.Web.Edges.Count(e => e.Claims.Any(c => c.Role == ClaimRole.ContextToMechanism));
        Assert.Equal(Limits.TermsPerRole * Limits.TermsPerRole, contextToMechanism);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "TH3009");
    }

    [Fact]
    public void A_paired_mechanism_listed_again_is_the_same_mechanism()
    {
        var cmoc = Compile(Constructs + "cmoc P {\n  context high a => m1\n  mechanism increased m1\n  outcome increased o\n}\n").GetCmoc("P")!;
        var mechanism = Assert.Single(cmoc.Mechanisms);
        Assert.Equal(Qualifier.Increased, mechanism.Qualifier);
        Assert.Same(mechanism, Assert.Single(cmoc.MechanismsTriggeredBy(cmoc.Contexts[0])));
    }

    [Fact]
    public void Opposite_alternatives_leave_an_edge_unsigned_and_are_no_contradiction()
    {
        var compilation = Compile(Constructs + """
            cmoc A {
              context any of low a, high a
              mechanism increased m1
              outcome any of increased o, decreased o
            }
            cmoc B: high a => increased m1 -> increased o
            """);

        var a = compilation.GetCmoc("A")!;
        Assert.Equal(["a", "a"], Assert.Single(a.ContextAlternatives).Select(t => t.Construct!.Name));
        Assert.Equal(2, Assert.Single(a.OutcomeAlternatives).Length);
        Assert.Equal(Sign.Positive, Edge(compilation, "a", "m1")!.Sign); // B's + beside A's unknown
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id is "TH2107" or "TH2301" or "TH2304");
    }

    [Fact]
    public void Clauses_hold_together_while_the_terms_of_an_any_of_clause_are_alternatives()
    {
        // "formalisation enables collaborative behaviour where initial trust is low or complexity very high"
        var compilation = Compile(Constructs + """
            cmoc F {
              context high a
              context any of low b, high c
              mechanism increased m1
              outcome increased o
              unless high b
            }
            cmoc G {
              context high a
              context low b
              mechanism increased m1
              outcome increased o
              unless low b
            }
            """);

        var f = compilation.GetCmoc("F")!;
        Assert.False(f.IsAlternative(f.Contexts[0]));
        Assert.True(f.AreAlternatives(f.Contexts[1], f.Contexts[2]));
        // `unless high b` excludes nothing F needs (b may be low, or c high instead); G needs low b, which `unless low b` excludes.
        Assert.Equal(["CMOC `G`"], compilation.GetDiagnostics().Where(d => d.Id == "TH2108").Select(d => d.Message.Substring(0, d.Message.IndexOf(" holds", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_threshold_is_a_positive_level_and_maintained_an_unsigned_direction()
    {
        var compilation = Compile(Constructs + "cmoc T: threshold a => increased m1 -> maintained o\n");
        Assert.Equal(Sign.Positive, Edge(compilation, "a", "m1")!.Sign);
        Assert.Equal(Sign.Indeterminate, Edge(compilation, "m1", "o")!.Sign);
        Assert.Equal("=", global::Theory.Emit.EdgeMarks.SignText(Edge(compilation, "m1", "o")!));
    }

    [Fact]
    public void A_type_as_context_scopes_the_claim_and_adds_no_node()
    {
        var compilation = Compile(Constructs + """
            cmoc T1: CollaborationType.alliance => increased m1 -> increased o
            cmoc T2: CollaborationType.merger => increased m1 -> decreased o
            """);

        var t1 = compilation.GetCmoc("T1")!;
        Assert.Equal("CollaborationType.alliance", Assert.Single(t1.Contexts).Type!.QualifiedName);
        Assert.Equal("CollaborationType.alliance", Assert.Single(t1.Scope).QualifiedName);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id is "TH2001" or "TH2301" or "TH2102");
        Assert.Equal(Sign.Negative, Edge(compilation, "m1", "o")!.SignUnder(Circumstance.Of(compilation.GetCmoc("T2")!)));
    }

    [Fact]
    public void A_moderator_acts_through_its_own_mechanism_with_its_own_evidence()
    {
        var compilation = Compile(Constructs + """
            cmoc M {
              context high a
              mechanism increased m1
              outcome increased o
              moderated by present b dampens {
                mechanism increased m2
                evidence interview "Manager, site A"
              }
            }
            """);

        var moderator = Assert.Single(compilation.GetCmoc("M")!.Moderators);
        Assert.Equal("m2", Assert.Single(moderator.Mechanisms).Construct!.Name);
        Assert.Equal("Manager, site A", Assert.Single(moderator.Evidence).Key);
        var edge = Edge(compilation, "b", "m2")!;
        Assert.Equal(ClaimRole.ModeratorToMechanism, Assert.Single(edge.Claims).Role);
        Assert.Equal(Sign.Positive, edge.Sign);
    }

    [Fact]
    public void Default_evidence_supports_claims_without_their_own_and_places_a_locator()
    {
        var compilation = Compile(Constructs + """
            default evidence @millar2023
            cmoc D1: high a => increased m1 -> increased o
            cmoc D2: high b => increased m1 -> increased o
              evidence at "TABLE 10" quote "..."
            cmoc D3: high c => increased m1 -> increased o
              evidence @other2020
            theme t {
              default evidence interview "Site A"
              cmoc D4: high a => increased m2 -> increased o
            }
            """);

        var d1 = Assert.Single(compilation.GetCmoc("D1")!.Evidence);
        Assert.True(d1.FromDefault);
        Assert.Equal("millar2023", d1.Key);
        var d2 = Assert.Single(compilation.GetCmoc("D2")!.Evidence);
        Assert.Equal(("millar2023", "TABLE 10", "..."), (d2.Key, d2.Locator, d2.Quote));
        Assert.Equal("other2020", Assert.Single(compilation.GetCmoc("D3")!.Evidence).Key);
        Assert.Equal("Site A", Assert.Single(compilation.GetCmoc("D4")!.Evidence).Key);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id is "TH2503" or "TH2018");
    }

    [Fact]
    public void A_hypothesised_cmoc_needs_no_evidence()
    {
        var compilation = Compile(Constructs + "cmoc H: high a => increased m1 -> increased o\n  status hypothesised\ncmoc G: high b => increased m2 -> increased o\n");
        Assert.Equal(ClaimStatus.Hypothesised, compilation.GetCmoc("H")!.Status);
        Assert.Equal("CMOC `G` cites no evidence", Assert.Single(compilation.GetDiagnostics(), d => d.Id == "TH2503").Message);
    }

    [Fact]
    public void The_csv_table_carries_alternatives_pairings_and_factor_roles_back_in()
    {
        var compilation = Compile(Constructs + """
            cmoc R1 {
              context any of necessary high a, contributory threshold b
              context high c => increased m1
              mechanism increased m2
              outcome any of increased o, maintained b
            }
            """);
        var exported = CsvEmitter.Emit(compilation);
        Assert.Contains("necessary high a or contributory threshold b; high c => increased m1", exported, StringComparison.Ordinal);
        Assert.Contains("increased o or maintained b", exported, StringComparison.Ordinal);

        var imported = CsvCmocImporter.Import(SourceText.From(exported, "t.csv"));
        Assert.Empty(imported.Diagnostics);
        var reread = Compile(imported.TheoryText!).GetCmoc("R1")!;
        Assert.Equal(2, Assert.Single(reread.ContextAlternatives).Length);
        Assert.Equal(2, Assert.Single(reread.OutcomeAlternatives).Length);
        Assert.Equal([FactorRole.Necessary, FactorRole.Contributory, FactorRole.None], reread.Contexts.Select(t => t.FactorRole));
        Assert.Equal("m1", Assert.Single(reread.MechanismsTriggeredBy(reread.Contexts[2])).Construct!.Name);
        Assert.Equal(Qualifier.Maintained, reread.Outcomes[1].Qualifier);
    }
}
