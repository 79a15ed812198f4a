using System.Collections.Immutable;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Cycles in the web must be declared as feedback loops. A cycle is covered only when declared
/// loops (whose every edge the web holds) cover each of its edges: loops a ↔ b and b ↔ c do not
/// cover a → c → a. An edge lies on a cycle exactly when its ends are in one strongly connected
/// part of the web. Every elementary cycle through an uncovered edge is reported, up to a bound per
/// part (the shortest through each uncovered edge first, so every such edge is shown), each with its
/// polarity, its claims and the `feedback` declaration that would cover it; TH3009 counts the rest.
/// Declared loops are checked against the web and classified by their edges' signs.
/// </summary>
internal static class CycleChecks
{
    public static void Run(AnalysisContext context)
    {
        var covered = new HashSet<(int, int)>();
        foreach (var loop in context.Binding.FeedbackLoops)
            CheckDeclaredLoop(context, loop, covered);

        ReportUndeclaredCycles(context, covered);
    }

    private static void CheckDeclaredLoop(AnalysisContext context, FeedbackLoopSymbol loop, HashSet<(int, int)> covered)
    {        var web = context.Web;
        for (var p = 0; p < loop.Paths.Length; p++)
        {
            var path = loop.Paths[p];
            var edges = new List<CausalEdge>();
            var missing = new List<string>();
            for (var i = 0; i + 1 < path.Length; i++)
            {
                if (web.GetEdge(path[i], path[i + 1]) is { } edge)
                    edges.Add(edge);
                else
                    missing.Add($"`{path[i].Name} -> {path[i + 1].Name}`");
            }

            var pathText = string.Join(" -> ", path.Select(c => c.Name));
            var location = loop.PathSyntax[p].GetLocation();
            if (missing.Count > 0)
            {
                context.Diagnostics.ReportLoopNotInWeb(location, loop.Name, pathText, missing);
                continue;
            }

            foreach (var edge in edges)
                covered.Add((edge.From.Index, edge.To.Index));

            var sign = edges.Aggregate(Sign.Positive, (s, e) => s.Times(e.Sign));
            var polarity = LoopPolarity.FromSign(sign);
            if (loop.DeclaredPolarity is Polarity.Reinforcing or Polarity.Balancing
                && polarity is Polarity.Reinforcing or Polarity.Balancing
                && polarity != loop.DeclaredPolarity)
            {
                var signs = string.Join(", ", edges.Select(e => $"{e.From.Name} -> {e.To.Name} ({e.Sign.ToSymbol()})"));
                context.Diagnostics.ReportLoopPolarityMismatch(location, loop.Name, Describe(loop.DeclaredPolarity), Describe(polarity), signs,
                    [.. edges.Select(AnalysisContext.RelatedEdge)]);
            }

            if (loop.DeclaredPolarity is Polarity.Reinforcing or Polarity.Balancing)
                CheckPolarityPerCircumstance(context, loop, edges, location);
        }
    }

    /// <summary>
    /// A claim made under a circumstance can turn a loop round there: reinforcing in the base web,
    /// balancing `when high conflict`. The loop's polarity is read in the web of each circumstance
    /// its claims are made under (where every edge of the loop holds) and compared with the
    /// declared one.
    /// </summary>
    private static void CheckPolarityPerCircumstance(AnalysisContext context, FeedbackLoopSymbol loop, List<CausalEdge> edges, Text.Location? location)
    {
        var circumstances = edges.SelectMany(e => e.Circumstances).Where(c => !c.IsUnconditional && c.IsSatisfiable)
            .Distinct().OrderBy(c => c.Text, StringComparer.Ordinal);
        foreach (var circumstance in circumstances)
        {
            var signs = edges.Select(e => e.SignUnder(circumstance)).ToList();
            if (signs.Any(s => s is null))
                continue;
            var sign = signs.Aggregate(Sign.Positive, (total, s) => total.Times(s!.Value));
            var polarity = LoopPolarity.FromSign(sign);
            if (polarity is Polarity.Indeterminate || polarity == loop.DeclaredPolarity
                || edges.All(e => e.SignUnder(circumstance) == e.Sign))
                continue;
            var text = string.Join(", ", edges.Select((e, i) => $"{e.From.Name} -> {e.To.Name} ({signs[i]!.Value.ToSymbol()})"));
            context.Diagnostics.ReportLoopPolarityMismatch(location, loop.Name, Describe(loop.DeclaredPolarity),
                $"{Describe(polarity)} under `{circumstance.Text}`", text, [.. edges.Select(e => AnalysisContext.RelatedEdge(e, circumstance))]);
        }
    }

    private static string Describe(Polarity polarity) => polarity.ToString().ToLowerInvariant();

    private static void ReportUndeclaredCycles(AnalysisContext context, HashSet<(int, int)> covered)
    {
        var web = context.Web;
        var count = web.Constructs.Length;

        // Names the suggested `feedback` declarations may not take.
        var suggested = new HashSet<string>(context.Binding.FeedbackLoops.Select(l => l.Name)
            .Concat(context.Binding.Chains.Select(c => c.Name))
            .Concat(context.Binding.Measures.Select(m => m.Name))
            .Concat(context.Binding.Links.Select(l => l.Name)), StringComparer.Ordinal);

        // Which cycle is reported, and where, must not depend on the order the files were given in:
        // rank constructs by where they are declared and walk successors in that order.
        var rank = Rank(web);
        var successors = new List<int>[count];
        var none = new List<int>(0);
        for (var i = 0; i < count; i++)
            successors[i] = none;
        foreach (var edge in web.Edges)
        {
            if (edge.From == edge.To)
            {
                if (!covered.Contains((edge.From.Index, edge.To.Index)))
                {
                    var names = $"{edge.From.Name} -> {edge.From.Name}";
                    context.Diagnostics.ReportUndeclaredCycle(edge.Claims[0].Location, $"`{names}`{Closes([edge])}", DescribePolarity([edge]),
                        $"feedback {SuggestName([edge], suggested)}: {names}", [AnalysisContext.RelatedEdge(edge)]);
                }
                continue;
            }

            if (ReferenceEquals(successors[edge.From.Index], none))
                successors[edge.From.Index] = [];
            successors[edge.From.Index].Add(edge.To.Index);
        }

        foreach (var list in successors)
            if (list.Count > 1)
                list.Sort((x, y) => rank[x].CompareTo(rank[y]));

        var componentOf = new int[count];
        var components = StronglyConnectedComponents.Find(count, successors);
        for (var c = 0; c < components.Count; c++)
            foreach (var node in components[c])
                componentOf[node] = c;

        for (var c = 0; c < components.Count; c++)
        {
            var component = components[c];
            if (component.Count < 2)
                continue;
            var uncovered = component.OrderBy(i => rank[i])
                .SelectMany(i => successors[i].Where(j => componentOf[j] == c && !covered.Contains((i, j))).Select(j => (From: i, To: j)))
                .ToList();
            if (uncovered.Count == 0)
                continue;

            var cycles = TangleCycles.Find(successors, componentOf, rank, c, uncovered, Limits.UndeclaredCyclesPerTangle, Limits.CycleSearchStepsPerTangle);
            var firstUncovered = uncovered.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
            foreach (var nodes in cycles.Listed)
            {
                var cycle = new List<CausalEdge>(nodes.Count);
                for (var i = 0; i < nodes.Count; i++)
                    cycle.Add(web.GetEdge(web.Constructs[nodes[i]], web.Constructs[nodes[(i + 1) % nodes.Count]])!);
                var primary = cycle.Where(e => firstUncovered.ContainsKey((e.From.Index, e.To.Index)))
                    .OrderBy(e => firstUncovered[(e.From.Index, e.To.Index)]).First();
                var names = string.Join(" -> ", cycle.Select(e => e.From.Name).Append(cycle[0].From.Name));
                context.Diagnostics.ReportUndeclaredCycle(primary.Claims[0].Location, $"`{names}`{Closes(cycle)}", DescribePolarity(cycle),
                    $"feedback {SuggestName(cycle, suggested)}: {names}", [.. cycle.Select(AnalysisContext.RelatedEdge)]);
            }

            if (cycles.MoreFound > 0 || cycles.UnlistedEdges > 0)
            {
                var more = cycles.MoreFound == 0 ? "further cycles were not searched for"
                    : $"{(cycles.IsComplete ? "" : "at least ")}{cycles.MoreFound} more undeclared cycle{(cycles.MoreFound == 1 ? " was" : "s were")} found";
                var unlisted = cycles.UnlistedEdges == 0 ? ""
                    : $", and {cycles.UnlistedEdges} undeclared edge{(cycles.UnlistedEdges == 1 ? " lies" : "s lie")} on none of the cycles listed";
                var first = web.Constructs[component.OrderBy(i => rank[i]).First()];
                var edge = web.GetEdge(web.Constructs[uncovered[0].From], web.Constructs[uncovered[0].To])!;
                context.Diagnostics.ReportLimitReached(edge.Claims[0].Location,
                    $"the list of undeclared cycles in the tangle of {component.Count} constructs that takes in `{first.Name}`",
                    $"{Limits.UndeclaredCyclesPerTangle} cycles", more + unlisted + "; declare the loops listed (or correct their claims) and check again");
            }
        }
    }

    /// <summary>"a reinforcing cycle", "a balancing cycle", or why its polarity is unknown.</summary>
    private static string DescribePolarity(List<CausalEdge> cycle)
    {
        var polarity = LoopPolarity.FromSign(cycle.Aggregate(Sign.Positive, (s, e) => s.Times(e.Sign)));
        if (polarity != Polarity.Indeterminate)
            return $"a {Describe(polarity)} cycle";
        var unknown = cycle.First(e => !e.Sign.IsDefinite());
        return $"a cycle of unknown polarity (`{unknown.From.Name} -> {unknown.To.Name}` has no definite sign)";
    }

    /// <summary>Where the cycle holds only under conditions or a scope: which.</summary>
    private static string Closes(List<CausalEdge> cycle)
    {
        var restricted = cycle.Where(e => !e.HoldsUnconditionally).Select(e => e.Circumstances[0].Text).Distinct(StringComparer.Ordinal).ToList();
        return restricted.Count == 0 ? "" : $" (it closes only under {string.Join(" and ", restricted.Select(r => $"`{r}`"))})";
    }

    /// <summary>A loop name from the first constructs of the cycle that no declaration uses yet.</summary>
    private static string SuggestName(List<CausalEdge> cycle, HashSet<string> taken)
    {
        var name = string.Join("_", cycle.Take(2).Select(e => e.From.Name)) + (cycle.Count > 2 ? "_loop" : "");
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>Each construct's place in (file, position, name) order of its declaration.</summary>
    private static int[] Rank(CausalWeb web)
    {
        var order = Enumerable.Range(0, web.Constructs.Length)
            .OrderBy(i => web.Constructs[i].Declaration?.SyntaxTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(i => web.Constructs[i].Declaration?.Span.Start ?? 0)
            .ThenBy(i => web.Constructs[i].Name, StringComparer.Ordinal)
            .ToArray();
        var rank = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
            rank[order[position]] = position;
        return rank;
    }
}
