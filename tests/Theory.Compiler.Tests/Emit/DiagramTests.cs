using System.Text.RegularExpressions;
using Theory.Emit;
using Theory.Emit.Dot;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// What the diagrams say, checked on the DOT: stages in declared order, group titles as a reader
/// writes them, unnamed links without made-up identifiers, a key of exactly the styles used, the
/// summary's counts, and the chains view drawing a shared construct once.
/// </summary>
public partial class DiagramTests
{
    private static Compilation Compile(string text)
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics()));
        return compilation;
    }

    private const string Staged = """
        theory T {}
        stages invite < create < enact
        construct a "Debate"
        construct b "Appeal"
        construct c "Commitment"
        construct d "Identity"
        construct e "Momentum"
        construct f "Pace"
        construct g "Aspiration"
        cmoc E1 { context high e  mechanism increased f  outcome increased g  stage enact }
        cmoc I1 { context high a  mechanism increased b  outcome increased c  stage invite }
        cmoc C1 { context high c  mechanism increased d  outcome increased e  stage create }
        """;

    [Fact]
    public void Every_construct_of_a_stage_ranks_after_the_previous_stage_whatever_order_the_file_uses()
    {
        var dot = DotEmitter.Emit(Compile(Staged), DotView.Web);

        // Stage clusters are numbered in declared order, not file order.
        Assert.Contains("label=\"Stage 1: invite\"", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Stage 2: create\"", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Stage 3: enact\"", dot, StringComparison.Ordinal);
        // a, b and c first appear in invite (stage 0), d and e in create (1), f and g in enact (2).
        foreach (var (construct, stage) in new[] { ("a", 0), ("b", 0), ("c", 0), ("d", 1), ("e", 1) })
        {
            Assert.Contains($"\"__stage_{stage}\" -> \"{construct}\" [style=invis", dot, StringComparison.Ordinal);
            Assert.Contains($"\"{construct}\" -> \"__stage_{stage + 1}\" [style=invis", dot, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Group_titles_read_as_written_and_unnamed_links_carry_no_identifiers()
    {
        var dot = DotEmitter.Emit(Compile("""
            theory T {}
            construct social_capital "Social capital"
            construct effective_isp "An effective partnership"
            construct power "Power"
            theme t3 "Theme 3: Structuring" { construct structure "Structure" }
            cluster p "Power sharing" { construct sharing "Sharing"  link high power -> increased structure }
            mrt m "Why partnerships work" { construct working "Working"  link high structure -> increased social_capital }
            link high sharing -> increased working
            link high social_capital -> increased effective_isp
            link L2 "Named": high power -> increased effective_isp
            """), DotView.Web);

        Assert.Contains("label=\"Theme 3: Structuring\"", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("theme: Theme 3", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Cluster: Power sharing\"", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Middle-range theory: Why partnerships work\"", dot, StringComparison.Ordinal);

        Assert.Matches("\"social_capital\" -> \"effective_isp\" \\[id=\"[^\"]*\", label=\"\\+\"", dot);
        Assert.DoesNotContain("social_capital->effective_isp\"", Regex.Replace(dot, "id=\"edge:[^\"]*\"", ""), StringComparison.Ordinal);
        Assert.Contains("label=\"+ L2\"", dot, StringComparison.Ordinal);
        Assert.Contains("Social capital → An effective partnership", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_shows_a_sample_of_each_style_used_and_only_those()
    {
        var positiveOnly = Key(DotEmitter.Emit(Compile("theory T {}\nconstruct a\nconstruct b\nconstruct c\nlink high a -> increased b\n"), DotView.Web));
        Assert.Contains("+ more gives more", positiveOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("- more gives less", positiveOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("only when a condition holds", positiveOnly, StringComparison.Ordinal);
        Assert.Contains("only in links (or in no claim)", positiveOnly, StringComparison.Ordinal);   // a and b are in a link, c in nothing
        Assert.DoesNotContain("label=\"context\"", positiveOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("label=\"mechanism\"", positiveOnly, StringComparison.Ordinal);

        var mixed = Key(DotEmitter.Emit(Compile("""
            theory T {}
            construct a
            construct b
            construct c
            construct d
            cmoc X { context high a  mechanism decreased b  outcome increased c  when high d }
            """), DotView.Web));
        Assert.Contains("- more gives less", mixed, StringComparison.Ordinal);
        Assert.Contains("arrowhead=tee", mixed, StringComparison.Ordinal);
        Assert.Contains("only when a condition holds", mixed, StringComparison.Ordinal);
        Assert.Contains("label=\"mechanism\"", mixed, StringComparison.Ordinal);
        Assert.DoesNotContain("every edge is grey", mixed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theory_without_signs_is_told_why_its_web_is_grey()
    {
        var key = Key(DotEmitter.Emit(Compile("theory T {}\nconstruct a\nconstruct b\nlink a -> changed b\n"), DotView.Web));
        Assert.Contains("No claim gives a sign (+ or -), so every edge is grey.", key, StringComparison.Ordinal);
        Assert.Contains("? effect unknown or mixed", key, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_has_a_node_per_group_and_counts_edges_by_sign()
    {
        var dot = DotEmitter.Emit(Compile("""
            theory T {}
            construct outside "The final outcome"
            theme one "Theme 1: Forces" { construct a  construct b }
            theme two "Theme 2: Effects" { construct c  construct d }
            link high a -> increased b
            link high a -> increased c
            link high b -> decreased d
            link high c -> increased outside
            """), DotView.Summary);

        Assert.Contains("\"group:one\" [label=\"Theme 1: Forces\\n2 constructs, 1 edge inside\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"group:two\" [label=\"Theme 2: Effects\\n2 constructs\"", dot, StringComparison.Ordinal);
        // a -> c is positive and b -> d negative: one of each, drawn grey.
        Assert.Matches("\"group:one\" -> \"group:two\" \\[label=\"\\+1 -1\", [^\\]]*color=\"#6b6b6b\"", dot);
        // A lone construct outside any group is named by its label.
        Assert.Contains("[label=\"The final outcome\"", dot, StringComparison.Ordinal);
        Assert.Matches("\"group:two\" -> \"other\" \\[label=\"\\+1\"", dot);
    }

    [Fact]
    public void A_construct_declared_outside_groups_joins_the_group_whose_claims_use_it_most()
    {
        // As Millar et al. (2023) is written: constructs at the top, CMOCs inside middle-range theories.
        var dot = DotEmitter.Emit(Compile("""
            theory T {}
            stages early < late
            construct trust
            construct faith
            construct behaviour
            construct progress
            construct commitment
            construct task
            mrt functioning "Collaborative functioning" {
              cmoc F1 { context high trust  mechanism increased faith  outcome increased behaviour }
              cmoc F2 { context high trust  mechanism increased progress  outcome increased behaviour }
            }
            mrt performance "Collaborative performance" {
              cmoc P1 { context high behaviour  mechanism increased commitment  outcome increased task }
            }
            """), DotView.Summary);

        Assert.Contains("\"group:functioning\" [label=\"Middle-range theory: Collaborative functioning\\n4 constructs", dot, StringComparison.Ordinal);
        Assert.Contains("\"group:performance\" [label=\"Middle-range theory: Collaborative performance\\n2 constructs", dot, StringComparison.Ordinal);
        Assert.Matches("\"group:functioning\" -> \"group:performance\" \\[label=\"\\+1\"", dot);
        // No claim is staged, so no stage is drawn.
        Assert.DoesNotContain("Stage 1", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_draws_links_between_groups_as_wholes()
    {
        var dot = DotEmitter.Emit(Compile("""
            theory T {}
            theme first "First domains" { construct a  construct b }
            theme later "Knock-on domains" { construct c }
            link high a -> increased b
            link knock_on "First changes the others": first -> later
            """), DotView.Summary);
        Assert.Matches("\"group:first\" -> \"group:later\" \\[label=\"\\?1\"", dot);
    }

    [Fact]
    public void Large_diagrams_ask_graphviz_for_speed_and_small_ones_for_quality()
    {
        // 151 CMOCs in a chain over 304 constructs, all in one stage.
        var text = new System.Text.StringBuilder("theory T {}\nstages early < late\n");
        for (var i = 0; i < 304; i++)
            text.Append("construct c").Append(i).Append('\n');
        for (var i = 0; i + 2 < 304; i += 2)
            text.Append("cmoc M").Append(i).Append(" { context high c").Append(i).Append(" mechanism increased c").Append(i + 1)
                .Append(" outcome increased c").Append(i + 2).Append(" stage early }\n");
        var large = Compile(text.ToString());
        var web = DotEmitter.Emit(large, DotView.Web);
        Assert.Contains("mclimit=0.1", web, StringComparison.Ordinal);
        Assert.DoesNotContain("\"__stage_0\" -> \"c0\"", web, StringComparison.Ordinal);   // no constraint edge per construct
        Assert.Contains("\"__stage_0\" -> \"__stage_1\"", web, StringComparison.Ordinal);  // the stages still in order
        Assert.Contains("mclimit=0.1", DotEmitter.Emit(large, DotView.Chains), StringComparison.Ordinal);

        var small = Compile(Staged);
        Assert.DoesNotContain("mclimit", DotEmitter.Emit(small, DotView.Web), StringComparison.Ordinal);
        Assert.DoesNotContain("mclimit", DotEmitter.Emit(small, DotView.Chains), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_theory_with_groups_or_stages_has_a_summary_worth_drawing()
    {
        Assert.False(DotEmitter.CanSummarise(Compile("theory T {}\nconstruct a\nconstruct b\nlink high a -> increased b\n")));
        Assert.True(DotEmitter.CanSummarise(Compile(Staged)));
        Assert.True(DotEmitter.CanSummarise(Compile("theory T {}\nconstruct a\ntheme t \"T\" { construct b }\nlink high a -> increased b\n")));
    }

    [Fact]
    public void The_chains_view_draws_a_shared_construct_once_and_wraps_long_text()
    {
        var dot = DotEmitter.Emit(Compile("""
            theory T {}
            construct behaviour "Collaborative behaviour"
            construct a
            construct b
            construct c
            construct d
            construct f
            construct g
            construct e "A construct whose label is long enough to need two lines in a record"
            cmoc A1 { context high a  mechanism increased b  outcome increased behaviour }
            cmoc A2 { context high c  mechanism increased e  outcome increased behaviour }
            cmoc B1 { context high behaviour  mechanism increased d  outcome increased f }
            cmoc B2 { context high behaviour  mechanism increased d  outcome increased g }
            """), DotView.Chains);

        Assert.Single(Regex.Matches(dot, "label=\"Collaborative behaviour\""));
        foreach (var edge in new[] { "\"A1\" -> \"construct:behaviour\"", "\"A2\" -> \"construct:behaviour\"", "\"construct:behaviour\" -> \"B1\"", "\"construct:behaviour\" -> \"B2\"" })
            Assert.Contains(edge, dot, StringComparison.Ordinal);
        Assert.Contains("increased A construct whose label is\\llong enough", dot, StringComparison.Ordinal);
        // Records read in file order top to bottom: Graphviz stacks a left-to-right column from the
        // bottom up, so they are written last first.
        Assert.True(dot.IndexOf("\"A1\" [", StringComparison.Ordinal) > dot.IndexOf("\"A2\" [", StringComparison.Ordinal));
        Assert.True(dot.IndexOf("\"A2\" [", StringComparison.Ordinal) > dot.IndexOf("\"B1\" [", StringComparison.Ordinal));
        Assert.Contains("ordering=out", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_sets_every_text_to_at_least_its_font_size_and_wraps_labels()
    {
        var figure = new EmitOptions { Diagram = DiagramOptions.Figure(8, DiagramDirection.TopToBottom) };
        var dot = DotEmitter.Emit(Compile(Staged.Replace("construct a \"Debate\"", "construct a \"Debate about the social determinants of health\"", StringComparison.Ordinal)), DotView.Web, figure);
        Assert.Contains("rankdir=TB", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Debate about the\\nsocial\\ndeterminants of\\nhealth\"", dot, StringComparison.Ordinal);
        var sizes = FontSize().Matches(dot).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 8, $"fontsize={size}"));
        // Edges say their sign, not their claims.
        Assert.DoesNotContain("label=\"+ I1\"", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"+\"", dot, StringComparison.Ordinal);
    }

    private static string Key(string dot) => dot.Substring(dot.IndexOf("subgraph \"cluster_legend\"", StringComparison.Ordinal));

    [GeneratedRegex("fontsize=([0-9.]+)")]
    private static partial Regex FontSize();
}
