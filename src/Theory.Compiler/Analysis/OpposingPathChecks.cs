using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Two routes from one construct to another whose net signs differ (coordination raises patient
/// coverage directly, but lowers it through consolidation and travel time). From each construct
/// that branches, a breadth-first search over (construct, sign) states finds a construct reached
/// with both signs; the pair is reported when the two paths share nothing but their ends.
/// Depth and states per start are capped, so the whole check is linear in the size of the web.
/// </summary>
internal static class OpposingPathChecks
{
    internal const int MaxDepth = Limits.OpposingPathDepth;
    internal const int MaxStatesPerStart = Limits.OpposingPathStatesPerStart;

    public static void Run(AnalysisContext context)
    {
        var web = context.Web;
        // Which edges a search may follow is decided once per edge, not once per visit: on a
        // 100k-CMOC web the searches visit edges tens of millions of times.
        var usable = web.Constructs.Select(c => web.GetOutgoingEdges(c).Where(IsUsable).ToArray()).ToArray();
        foreach (var start in web.Constructs)
        {
            if (usable[start.Index].Length < 2)
                continue;
            Search(context, usable, start);
        }
    }

    // Edges that hold only under a condition or for some types are where the author has already
    // said when each path applies, so they do not make an ambiguity.
    private static bool IsUsable(CausalEdge edge) =>
        edge.Sign.IsDefinite() && edge.From != edge.To && edge.Claims.Any(c => c.Claim.Conditions.IsEmpty && c.Claim.Scope.IsEmpty);

    // States are (construct index, sign): value keys, so no construct is hashed by identity.
    private static void Search(AnalysisContext context, CausalEdge[][] usable, ConstructSymbol start)
    {
        var parent = new Dictionary<(int, Sign), (CausalEdge Edge, Sign PreviousSign)>();
        var depth = new Dictionary<(int, Sign), int> { [(start.Index, Sign.Positive)] = 0 };
        var queue = new Queue<(int Node, Sign Sign)>();
        queue.Enqueue((start.Index, Sign.Positive));
        var reported = new HashSet<ConstructSymbol>();
        var budget = Limits.OpposingPathStepsPerStart;
        while (queue.Count > 0 && depth.Count < MaxStatesPerStart)
        {
            var state = queue.Dequeue();
            if (depth[state] >= MaxDepth)
                continue;
            foreach (var edge in usable[state.Node])
            {
                if (edge.To == start)
                    continue;
                var next = (edge.To.Index, state.Sign.Times(edge.Sign));
                if (!depth.TryAdd(next, depth[state] + 1))
                    continue;
                parent[next] = (edge, state.Sign);
                queue.Enqueue(next);
                var opposite = (edge.To.Index, next.Item2.Negate());
                if (depth.ContainsKey(opposite) && !reported.Contains(edge.To))
                {
                    // The breadth-first search keeps one route to each (construct, sign); when those
                    // two routes share a construct, other routes may still be disjoint.
                    var pair = Disjoint(Path(parent, next, start), Path(parent, opposite, start))
                        ?? FindDisjointPair(usable, start, edge.To, ref budget);
                    if (pair is { } found)
                        Report(context, start, edge.To, found.A, found.B, reported);
                }
            }
        }
    }

    private static (List<CausalEdge> A, List<CausalEdge> B)? Disjoint(List<CausalEdge> a, List<CausalEdge> b) =>
        AreMinimalPair(a, b) ? (a, b) : null;

    /// <summary>
    /// Every simple route from <paramref name="start"/> to <paramref name="end"/> within the depth
    /// bound (not through either end on the way), by depth-first search, until a positive and a
    /// negative one that share nothing but their ends are found; shortest pairs first. The search
    /// spends from a budget per start, so a dense web stays linear.
    /// </summary>
    private static (List<CausalEdge> A, List<CausalEdge> B)? FindDisjointPair(CausalEdge[][] usable, ConstructSymbol start, ConstructSymbol end, ref int budget)
    {
        var routes = new List<List<CausalEdge>>();
        var path = new List<CausalEdge>();
        var onPath = new HashSet<int> { start.Index };
        var steps = budget;

        void Walk(int node)
        {
            foreach (var edge in usable[node])
            {
                if (--steps < 0)
                    return;
                if (edge.To == end)
                {
                    routes.Add([.. path, edge]);
                    continue;
                }

                if (path.Count + 1 >= MaxDepth || !onPath.Add(edge.To.Index))
                    continue;
                path.Add(edge);
                Walk(edge.To.Index);
                path.RemoveAt(path.Count - 1);
                onPath.Remove(edge.To.Index);
            }
        }

        Walk(start.Index);
        budget = Math.Max(0, steps);
        var bySign = routes.OrderBy(r => r.Count).GroupBy(r => new CausalPath([.. r]).Sign).ToDictionary(g => g.Key, g => g.ToList());
        if (!bySign.TryGetValue(Sign.Positive, out var positive) || !bySign.TryGetValue(Sign.Negative, out var negative))
            return null;
        return positive.SelectMany(p => negative.Select(n => (A: p, B: n)))
            .Where(pair => AreMinimalPair(pair.A, pair.B))
            .OrderBy(pair => pair.A.Count + pair.B.Count)
            .Select(pair => ((List<CausalEdge>, List<CausalEdge>)?)pair)
            .FirstOrDefault();
    }

    private static List<CausalEdge> Path(Dictionary<(int, Sign), (CausalEdge Edge, Sign PreviousSign)> parent, (int, Sign) state, ConstructSymbol start)
    {
        var path = new List<CausalEdge>();
        while (state.Item1 != start.Index || state.Item2 != Sign.Positive)
        {
            var (edge, previous) = parent[state];
            path.Add(edge);
            state = (edge.From.Index, previous);
        }

        path.Reverse();
        return path;
    }

    // Only minimal pairs: the paths are simple and meet only at their ends, so a path that
    // merely extends an already opposing pair is not reported again.
    private static bool AreMinimalPair(List<CausalEdge> a, List<CausalEdge> b)
    {
        var end = a[^1].To;
        var innerA = a.Skip(1).Select(e => e.From).ToList();
        var innerB = b.Skip(1).Select(e => e.From).ToList();
        return innerA.Distinct().Count() == innerA.Count && innerB.Distinct().Count() == innerB.Count
            && !innerA.Intersect(innerB).Any() && !innerA.Contains(end) && !innerB.Contains(end);
    }

    private static void Report(AnalysisContext context, ConstructSymbol start, ConstructSymbol end, List<CausalEdge> a, List<CausalEdge> b, HashSet<ConstructSymbol> reported)
    {
        reported.Add(end);
        var positive = new CausalPath([.. a]).Sign == Sign.Positive ? a : b;
        var negative = positive == a ? b : a;
        var related = positive.Concat(negative).Select(AnalysisContext.RelatedEdge).ToImmutableArray();
        context.Diagnostics.ReportOpposingPaths(positive[0].Claims[0].Location, start.Name, end.Name, Describe(positive), Describe(negative), related);
    }

    private static string Describe(List<CausalEdge> path) =>
        "`" + string.Join(" -> ", path.Select(e => e.From.Name).Append(path[^1].To.Name)) + "`";
}
