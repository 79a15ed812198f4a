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
    internal const int MaxDepth = 6;
    internal const int MaxStatesPerStart = 512;

    public static void Run(AnalysisContext context)
    {
        var web = context.Web;
        foreach (var start in web.Constructs)
        {
            if (web.GetOutgoingEdges(start).Count(IsUsable) < 2)
                continue;
            Search(context, web, start);
        }
    }

    // Edges that hold only under a condition or for some types are where the author has already
    // said when each path applies, so they do not make an ambiguity.
    private static bool IsUsable(CausalEdge edge) =>
        edge.Sign.IsDefinite() && edge.From != edge.To && edge.Claims.Any(c => c.Claim.Conditions.IsEmpty && c.Claim.Scope.IsEmpty);

    private static void Search(AnalysisContext context, CausalWeb web, ConstructSymbol start)
    {
        var parent = new Dictionary<(ConstructSymbol, Sign), (CausalEdge Edge, Sign PreviousSign)>();
        var depth = new Dictionary<(ConstructSymbol, Sign), int> { [(start, Sign.Positive)] = 0 };
        var queue = new Queue<(ConstructSymbol Node, Sign Sign)>();
        queue.Enqueue((start, Sign.Positive));
        var reported = new HashSet<ConstructSymbol>();
        while (queue.Count > 0 && depth.Count < MaxStatesPerStart)
        {
            var state = queue.Dequeue();
            if (depth[state] >= MaxDepth)
                continue;
            foreach (var edge in web.GetOutgoingEdges(state.Node))
            {
                if (!IsUsable(edge) || edge.To == start)
                    continue;
                var next = (edge.To, state.Sign.Times(edge.Sign));
                if (!depth.TryAdd(next, depth[state] + 1))
                    continue;
                parent[next] = (edge, state.Sign);
                queue.Enqueue(next);
                var opposite = (edge.To, next.Item2.Negate());
                if (depth.ContainsKey(opposite) && !reported.Contains(edge.To))
                    TryReport(context, start, edge.To, Path(parent, next, start), Path(parent, opposite, start), reported);
            }
        }
    }

    private static List<CausalEdge> Path(Dictionary<(ConstructSymbol, Sign), (CausalEdge Edge, Sign PreviousSign)> parent, (ConstructSymbol, Sign) state, ConstructSymbol start)
    {
        var path = new List<CausalEdge>();
        while (state.Item1 != start || state.Item2 != Sign.Positive)
        {
            var (edge, previous) = parent[state];
            path.Add(edge);
            state = (edge.From, previous);
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
        context.Report(DiagnosticDescriptors.OpposingPaths, positive[0].Claims[0].Location, related,
            start.Name, end.Name, Describe(positive), Describe(negative));
    }

    private static string Describe(List<CausalEdge> path) =>
        "`" + string.Join(" -> ", path.Select(e => e.From.Name).Append(path[^1].To.Name)) + "`";
}
