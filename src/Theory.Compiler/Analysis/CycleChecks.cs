using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Cycles in the web must be declared as feedback loops. A cycle is covered only when declared
/// loops (whose every edge the web holds) cover each of its edges: loops a ↔ b and b ↔ c do not
/// cover a → c → a. An edge lies on a cycle exactly when its ends are in one strongly connected
/// part of the web, so each part with an uncovered edge inside it is reported once, with a
/// shortest cycle through its first uncovered edge spelled out: linear in the size of the web.
/// Declared loops are checked against the web and classified by their edges' signs.
/// </summary>
internal static class CycleChecks
{
    private const int MaxTangleNamesShown = 5;

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

    private static void ReportUndeclaredCycles(AnalysisContext context, HashSet<(int, int)> covered)
    {
        var web = context.Web;
        var count = web.Constructs.Length;

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
                    context.Diagnostics.ReportUndeclaredCycle(edge.Claims[0].Location, $"`{edge.From.Name} -> {edge.From.Name}`", [AnalysisContext.RelatedEdge(edge)]);
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

        foreach (var component in components)
        {
            if (component.Count < 2)
                continue;
            var uncovered = component.OrderBy(i => rank[i])
                .SelectMany(i => successors[i].Where(j => componentOf[j] == componentOf[i] && !covered.Contains((i, j))).Select(j => (From: i, To: j)))
                .ToList();
            if (uncovered.Count == 0)
                continue;

            var first = uncovered[0];
            var cycle = ShortestCycleThrough(web, first.From, first.To, componentOf, successors, rank);
            var names = string.Join(" -> ", cycle.Select(e => e.From.Name).Append(cycle[0].From.Name));
            var onCycle = cycle.Select(e => e.From.Index).ToHashSet();
            var others = component.Where(i => !onCycle.Contains(i)).OrderBy(i => rank[i]).Select(i => web.Constructs[i].Name).ToList();
            var text = $"`{names}`";
            if (others.Count > 0)
            {
                var shown = string.Join(", ", others.Take(MaxTangleNamesShown).Select(n => $"`{n}`"));
                text += $"; the same tangle also takes in {shown}{(others.Count > MaxTangleNamesShown ? $" and {others.Count - MaxTangleNamesShown} more" : "")}";
            }

            var primary = web.GetEdge(web.Constructs[first.From], web.Constructs[first.To])!;
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
    /// The edge <paramref name="from"/> → <paramref name="to"/> and a shortest path back inside
    /// its strongly connected part, starting at the earliest-declared construct on the cycle.
    /// </summary>
    private static List<CausalEdge> ShortestCycleThrough(CausalWeb web, int from, int to, int[] componentOf, List<int>[] successors, int[] rank)
    {
        var parent = new Dictionary<int, int> { [to] = to };
        var queue = new Queue<int>();
        queue.Enqueue(to);
        while (queue.Count > 0 && !parent.ContainsKey(from))
        {
            var node = queue.Dequeue();
            foreach (var next in successors[node])
                if (componentOf[next] == componentOf[from] && parent.TryAdd(next, node))
                    queue.Enqueue(next);
        }

        var nodes = new List<int>();
        for (var node = from; node != to; node = parent[node])
            nodes.Insert(0, node);
        nodes.Insert(0, to);                                   // to, ..., from
        var lowest = nodes.IndexOf(nodes.OrderBy(n => rank[n]).First());
        nodes = [.. nodes.Skip(lowest), .. nodes.Take(lowest)];
        var cycle = new List<CausalEdge>();
        for (var i = 0; i < nodes.Count; i++)
            cycle.Add(web.GetEdge(web.Constructs[nodes[i]], web.Constructs[nodes[(i + 1) % nodes.Count]])!);
        return cycle;
    }
}
