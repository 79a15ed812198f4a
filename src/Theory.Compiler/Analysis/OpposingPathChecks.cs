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
                    TryReport(context, start, edge.To, Path(parent, next, start), Path(parent, opposite, start), reported);
            }
        }
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

    private static void TryReport(AnalysisContext context, ConstructSymbol start, ConstructSymbol end, List<CausalEdge> a, List<CausalEdge> b, HashSet<ConstructSymbol> reported)
    {
        // Only minimal pairs: the paths are simple and meet only at their ends, so a path that
        // merely extends an already opposing pair is not reported again.
        var innerA = a.Skip(1).Select(e => e.From).ToList();
        var innerB = b.Skip(1).Select(e => e.From).ToList();
        if (innerA.Distinct().Count() != innerA.Count || innerB.Distinct().Count() != innerB.Count
            || innerA.Intersect(innerB).Any() || innerA.Contains(end) || innerB.Contains(end))
            return;
        reported.Add(end);
        var positive = new CausalPath([.. a]).Sign == Sign.Positive ? a : b;
        var negative = positive == a ? b : a;
        var related = positive.Concat(negative).Select(AnalysisContext.RelatedEdge).ToImmutableArray();
        context.Diagnostics.ReportOpposingPaths(positive[0].Claims[0].Location, start.Name, end.Name, Describe(positive), Describe(negative), related);
    }

    private static string Describe(List<CausalEdge> path) =>
        "`" + string.Join(" -> ", path.Select(e => e.From.Name).Append(path[^1].To.Name)) + "`";
}
