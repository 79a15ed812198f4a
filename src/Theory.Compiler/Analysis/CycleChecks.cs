using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Cycles in the web must be declared as feedback loops. The constructs of each declared loop
/// that the web really contains are merged into one node; any strongly connected component left
/// in the merged graph is a cycle no declaration covers, reported once with one concrete cycle
/// spelled out. Declared loops are checked against the web and classified by their edges' signs.
/// </summary>
internal static class CycleChecks
{
    private const int MaxTangleNamesShown = 5;

    public static void Run(AnalysisContext context)
    {
        var web = context.Web;
        var merged = new UnionFind(web.Constructs.Length);
        var declaredSelfLoops = new HashSet<int>();
        foreach (var loop in context.Binding.FeedbackLoops)
            CheckDeclaredLoop(context, loop, merged, declaredSelfLoops);

        ReportUndeclaredCycles(context, merged, declaredSelfLoops);
    }

    private static void CheckDeclaredLoop(AnalysisContext context, FeedbackLoopSymbol loop, UnionFind merged, HashSet<int> declaredSelfLoops)
    {
        var web = context.Web;
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

            foreach (var construct in path)
                merged.Union(path[0].Index, construct.Index);
            if (path.Length == 2)
                declaredSelfLoops.Add(path[0].Index);

            var sign = edges.Aggregate(Sign.Positive, (s, e) => s.Times(e.Sign));
            var polarity = sign switch
            {
                Sign.Positive => Polarity.Reinforcing,
                Sign.Negative => Polarity.Balancing,
                _ => Polarity.Indeterminate,
            };
            if (loop.DeclaredPolarity is Polarity.Reinforcing or Polarity.Balancing
                && polarity is Polarity.Reinforcing or Polarity.Balancing
                && polarity != loop.DeclaredPolarity)
            {
                var signs = string.Join(", ", edges.Select(e => $"{e.From.Name} -> {e.To.Name} ({e.Sign.ToSymbol()})"));
                context.Diagnostics.ReportLoopPolarityMismatch(location, loop.Name, Describe(loop.DeclaredPolarity), Describe(polarity), signs,
                    [.. edges.Select(AnalysisContext.RelatedEdge)]);
            }
        }
    }

    private static string Describe(Polarity polarity) => polarity.ToString().ToLowerInvariant();

    private static void ReportUndeclaredCycles(AnalysisContext context, UnionFind merged, HashSet<int> declaredSelfLoops)
    {
        var web = context.Web;
        var count = web.Constructs.Length;

        // The merged graph: one node per representative; each edge remembers an original edge.
        // Most constructs have no outgoing edge, so they share one empty list.
        var successors = new List<int>[count];
        var none = new List<int>(0);
        var via = new Dictionary<(int, int), CausalEdge>();
        for (var i = 0; i < count; i++)
            successors[i] = none;
        foreach (var edge in web.Edges)
        {
            int from = merged.Find(edge.From.Index), to = merged.Find(edge.To.Index);
            if (edge.From == edge.To)
            {
                if (!declaredSelfLoops.Contains(edge.From.Index))
                    context.Diagnostics.ReportUndeclaredCycle(edge.Claims[0].Location, $"`{edge.From.Name} -> {edge.From.Name}`", [AnalysisContext.RelatedEdge(edge)]);
                continue;
            }

            if (from != to && via.TryAdd((from, to), edge))
            {
                if (ReferenceEquals(successors[from], none))
                    successors[from] = [];
                successors[from].Add(to);
            }
        }

        // Constructs merged into another by a declared loop, by representative (the representative itself not listed).
        var mergedInto = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var representative = merged.Find(i);
            if (representative == i)
                continue;
            if (!mergedInto.TryGetValue(representative, out var list))
                mergedInto[representative] = list = [];
            list.Add(i);
        }

        IEnumerable<int> MembersOf(int representative) =>
            mergedInto.TryGetValue(representative, out var list) ? list.Prepend(representative) : [representative];

        // Which cycle is reported, and where, must not depend on the order the files were given in:
        // rank constructs by where they are declared, walk successors in that order, start at the lowest.
        var rank = Rank(web);
        foreach (var list in successors)
            if (list.Count > 1)
                list.Sort((x, y) => rank[x].CompareTo(rank[y]));

        foreach (var component in StronglyConnectedComponents.Find(count, successors))
        {
            if (component.Count < 2)
                continue;
            var cycle = FindCycle(web, merged, component, successors, via, rank);
            var names = string.Join(" -> ", cycle.Select(e => e.From.Name).Append(cycle[0].From.Name));
            var onCycle = cycle.Select(e => e.From.Index).ToHashSet();
            var others = component.SelectMany(MembersOf).Where(i => !onCycle.Contains(i)).Order()
                .Select(i => web.Constructs[i].Name).ToList();
            var text = $"`{names}`";
            if (others.Count > 0)
            {
                var shown = string.Join(", ", others.Take(MaxTangleNamesShown).Select(n => $"`{n}`"));
                text += $"; the same tangle also takes in {shown}{(others.Count > MaxTangleNamesShown ? $" and {others.Count - MaxTangleNamesShown} more" : "")}";
            }

            var primary = cycle.First(e => merged.Find(e.From.Index) != merged.Find(e.To.Index));
            context.Diagnostics.ReportUndeclaredCycle(primary.Claims[0].Location, text, [.. cycle.Select(AnalysisContext.RelatedEdge)]);
        }
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

    /// <summary>
    /// One cycle of the component through merged nodes: a shortest cycle in the merged graph, each
    /// step expanded to an original edge, joined inside merged nodes by their own loop edges.
    /// </summary>
    private static List<CausalEdge> FindCycle(CausalWeb web, UnionFind merged, List<int> component, List<int>[] successors,
        Dictionary<(int, int), CausalEdge> via, int[] rank)
    {
        var members = component.ToHashSet();
        var start = component.Aggregate((best, i) => rank[i] < rank[best] ? i : best);
        var parent = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var closing = -1;
        while (queue.Count > 0 && closing < 0)
        {
            var node = queue.Dequeue();
            foreach (var next in successors[node])
            {
                if (!members.Contains(next))
                    continue;
                if (next == start)
                {
                    closing = node;
                    break;
                }

                if (parent.TryAdd(next, node))
                    queue.Enqueue(next);
            }
        }

        var superPath = new List<int> { start };
        for (var node = closing; node != start; node = parent[node])
            superPath.Insert(1, node);
        var steps = new List<CausalEdge>();
        for (var i = 0; i < superPath.Count; i++)
            steps.Add(via[(superPath[i], superPath[(i + 1) % superPath.Count])]);

        var cycle = new List<CausalEdge>();
        for (var i = 0; i < steps.Count; i++)
        {
            cycle.Add(steps[i]);
            var arrive = steps[i].To;
            var leave = steps[(i + 1) % steps.Count].From;
            if (arrive != leave)
                cycle.AddRange(PathWithin(web, merged, arrive, leave));
        }

        return cycle;
    }

    // Inside a merged node the constructs are strongly connected by their declared loops' edges.
    private static List<CausalEdge> PathWithin(CausalWeb web, UnionFind merged, ConstructSymbol from, ConstructSymbol to)
    {
        var group = merged.Find(from.Index);
        var parent = new Dictionary<ConstructSymbol, CausalEdge>();
        var queue = new Queue<ConstructSymbol>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to)
                break;
            foreach (var edge in web.GetOutgoingEdges(node))
                if (merged.Find(edge.To.Index) == group && edge.To != from && parent.TryAdd(edge.To, edge))
                    queue.Enqueue(edge.To);
        }

        var path = new List<CausalEdge>();
        for (var node = to; node != from && parent.TryGetValue(node, out var edge); node = edge.From)
            path.Insert(0, edge);
        return path;
    }
}
