using System.Globalization;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The web at the level the papers draw it: one node per top-level group (a theme, cluster or
/// middle-range theory) with the constructs declared in it or mostly claimed by it (see
/// <see cref="SummaryUnits"/>), the rest gathered per stage, and one edge
/// per pair of nodes carrying how many edges of each sign run between them. Stages keep their
/// declared order, as in the web. A page-width figure of a theory too large to draw whole.
/// </summary>
internal static class SummaryGraphEmitter
{
    public static string Emit(Compilation compilation, EmitOptions options)
    {
        var writer = new DotWriter();
        Write(compilation, options, writer);
        return writer.ToString();
    }

    public static void Write(Compilation compilation, EmitOptions options, DotWriter writer)
    {
        var diagram = options.Diagram ?? DiagramOptions.Default;
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation) + ".summary", TheoryNames.Title(compilation) + " — summary", diagram);

        var units = SummaryUnits.Compute(compilation);
        // Only the stages some box falls in are drawn, each numbered by its place among all stages.
        var allStages = compilation.Stages.Where(s => !s.IsAtemporal).OrderBy(s => s.Order).ToList();
        var stages = allStages.Where(s => units.All.Any(u => u.Stage == s)).ToList();
        var inside = new Dictionary<SummaryUnit, int>();
        var between = new Dictionary<(SummaryUnit From, SummaryUnit To), int[]>();
        var order = new List<(SummaryUnit From, SummaryUnit To)>();
        void Count(SummaryUnit from, SummaryUnit to, Sign sign)
        {
            if (!between.TryGetValue((from, to), out var counts))
            {
                between[(from, to)] = counts = new int[3];
                order.Add((from, to));
            }

            counts[(int)sign]++;
        }

        foreach (var edge in compilation.Web.Edges)
        {
            var (from, to) = (units.Of[edge.From], units.Of[edge.To]);
            if (from == to)
            {
                inside[from] = inside.GetValueOrDefault(from) + 1;
                continue;
            }

            Count(from, to, edge.Sign);
        }

        // Links between groups as wholes (`first_domains -> knock_on_domains`) are the summary's own
        // subject: each counts once between the boxes of its groups, unsigned as the web draws it.
        foreach (var (from, to) in GroupLinks(compilation, units))
        {
            if (from != to)
                Count(from, to, Sign.Indeterminate);
        }

        for (var s = 0; s < stages.Count; s++)
        {
            var members = units.All.Where(u => u.Stage == stages[s]).ToList();
            StageRanks.Open(writer, s, allStages.IndexOf(stages[s]) + 1, stages[s], diagram);
            foreach (var unit in members)
                WriteUnit(writer, unit, inside.GetValueOrDefault(unit), diagram);
            writer.Close();
        }

        foreach (var unit in units.All.Where(u => u.Stage is null))
            WriteUnit(writer, unit, inside.GetValueOrDefault(unit), diagram);

        StageRanks.Order(writer, stages.Count, s => units.All.Where(u => u.Stage == stages[s]).Select(u => u.Id));

        writer.Line();
        foreach (var (from, to) in order)
        {
            var counts = between[(from, to)];
            var total = counts.Sum();
            var sign = counts[(int)Sign.Positive] == total ? Sign.Positive : counts[(int)Sign.Negative] == total ? Sign.Negative : Sign.Indeterminate;
            var label = string.Join(" ", new[] { Sign.Positive, Sign.Negative, Sign.Indeterminate }
                .Where(s => counts[(int)s] > 0).Select(s => s.ToSymbol() + counts[(int)s].ToString(CultureInfo.InvariantCulture)));
            // The second edge of a two-cycle is written forwards with its arrow at the tail, so
            // Graphviz draws the two apart instead of printing their labels on one spot (as in the web).
            var reversed = between.ContainsKey((to, from)) && order.IndexOf((to, from)) < order.IndexOf((from, to));
            var negative = sign == Sign.Negative;
            writer.Statement(reversed ? DotText.Id(to.Id) + " -> " + DotText.Id(from.Id) : DotText.Id(from.Id) + " -> " + DotText.Id(to.Id),
                ("dir", reversed ? "back" : ""),
                ("arrowtail", reversed && negative ? "tee" : ""),
                ("label", DotText.Quote(label)),
                ("tooltip", DotText.Quote(from.Title + " → " + to.Title + ": " + total.ToString(CultureInfo.InvariantCulture) + " edge" + (total == 1 ? "" : "s"))),
                ("color", DotStyle.ColourFor(sign)), ("fontcolor", DotStyle.ColourFor(sign)),
                ("arrowhead", !reversed && negative ? "tee" : ""),
                ("penwidth", DotStyle.Points(Math.Min(1 + 0.25 * (total - 1), 4))));
        }

        writer.Line();
        var size = DotStyle.Points(DotStyle.SmallSize(diagram));
        writer.Open("subgraph " + DotText.Id("cluster_legend"));
        writer.Statement("graph", ("label", DotText.Quote("Key")), ("style", "rounded"), ("color", "\"#bdbdbd\""), ("fontsize", size));
        var key = "box: a group and its constructs,\\lor a stage's other constructs\\l"
            + "edge: the web's edges between\\ltwo boxes, counted by sign:\\l"
            + "+ more gives more\\l- more gives less\\l? unknown or mixed\\l";
        writer.Statement(DotText.Id("__legend_text"), ("label", "\"" + key + "\""), ("shape", "plaintext"), ("fontsize", size));
        writer.Close();
        writer.Close();
    }

    private static IEnumerable<(SummaryUnit From, SummaryUnit To)> GroupLinks(Compilation compilation, SummaryUnits units)
    {
        SummaryUnit? BoxOf(GroupSymbol group) => units.OfGroup.GetValueOrDefault(group.Root);
        foreach (var link in compilation.Links.Where(l => l.Status != ClaimStatus.Refuted))
        {
            if (!link.InvolvesGroups)
                continue; // construct to construct: already an edge of the web
            var from = link.SourceGroup is { } source ? BoxOf(source) : link.Source?.Construct is { } construct ? units.Of.GetValueOrDefault(construct) : null;
            var targets = link.TargetGroups.OfType<GroupSymbol>().Select(BoxOf)
                .Concat(link.SourceGroup is null ? [] : link.Targets.Select(t => t.Construct is { } c ? units.Of.GetValueOrDefault(c) : null));
            foreach (var to in targets.OfType<SummaryUnit>().Distinct())
            {
                if (from is not null)
                    yield return (from, to);
            }
        }
    }

    private static void WriteUnit(DotWriter writer, SummaryUnit unit, int edgesInside, DiagramOptions diagram)
    {
        var count = unit.Constructs.Count.ToString(CultureInfo.InvariantCulture) + " construct" + (unit.Constructs.Count == 1 ? "" : "s")
            + (edgesInside > 0 ? ", " + edgesInside.ToString(CultureInfo.InvariantCulture) + " edge" + (edgesInside == 1 ? "" : "s") + " inside" : "");
        var lines = DotText.WrapWords(unit.Title, diagram.WrapColumns > 0 ? diagram.WrapColumns + 6 : 0);
        if (unit.Group is not null || unit.Constructs.Count > 1)
            lines.Add(count);
        writer.Statement(DotText.Id(unit.Id),
            ("label", DotText.Lines(lines)),
            ("tooltip", DotText.Quote(string.Join(", ", unit.Constructs.Select(c => c.DisplayName)))),
            ("shape", "box"), ("style", "\"rounded,filled\""), ("fillcolor", unit.Group is null ? "\"#f2f2f2\"" : "\"#e8eaf6\""));
    }
}
