using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// Bounded enumeration of simple paths, by iterative deepening so shorter paths come first. A step
/// budget caps the work: a dense web holds exponentially many paths, and a query must still return.
/// </summary>
internal static class PathFinder
{
    private const int StepBudget = Limits.QueryPathSteps;

    public static ImmutableArray<CausalPath> FindSimplePaths(CausalWeb web, ConstructSymbol from, ConstructSymbol to, int maxLength, int maxPaths)
    {
        var results = ImmutableArray.CreateBuilder<CausalPath>();
        var onPath = new bool[web.Constructs.Length];
        var stack = new List<CausalEdge>();
        var steps = new int[1];
        var distance = DistancesTo(web, to);
        for (var length = 1; length <= maxLength && results.Count < maxPaths; length++)
        {
            onPath[from.Index] = true;
            Search(web, from, to, length, stack, onPath, results, maxPaths, steps, distance);
            onPath[from.Index] = false;
        }

        return results.ToImmutable();
    }

    // Edges from each construct to the target (int.MaxValue when it cannot reach it), by a
    // breadth-first search backwards: a search never enters a construct from which the target is
    // further than the edges it has left, so the step budget is spent where paths can end.
    private static int[] DistancesTo(CausalWeb web, ConstructSymbol target)
    {
        var incoming = new List<CausalEdge>[web.Constructs.Length];
        foreach (var edge in web.Edges)
            (incoming[edge.To.Index] ??= []).Add(edge);
        var distance = Enumerable.Repeat(int.MaxValue, web.Constructs.Length).ToArray();
        distance[target.Index] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(target.Index);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var edge in incoming[node] ?? [])
            {
                if (distance[edge.From.Index] != int.MaxValue)
                    continue;
                distance[edge.From.Index] = distance[node] + 1;
                queue.Enqueue(edge.From.Index);
            }
        }

        return distance;
    }

    // Depth is bounded by maxLength, so recursion stays shallow whatever the web's size.
    private static void Search(CausalWeb web, ConstructSymbol node, ConstructSymbol target, int remaining,
        List<CausalEdge> stack, bool[] onPath, ImmutableArray<CausalPath>.Builder results, int maxPaths, int[] steps, int[] distance)
    {
        foreach (var edge in web.GetOutgoingEdges(node))
        {
            if (results.Count >= maxPaths || ++steps[0] > StepBudget)
                return;
            if (remaining == 1)
            {
                if (edge.To == target)
                    results.Add(new CausalPath([.. stack, edge]));
                continue;
            }

            if (edge.To == target || onPath[edge.To.Index] || distance[edge.To.Index] > remaining - 1)
                continue;
            onPath[edge.To.Index] = true;
            stack.Add(edge);
            Search(web, edge.To, target, remaining - 1, stack, onPath, results, maxPaths, steps, distance);
            stack.RemoveAt(stack.Count - 1);
            onPath[edge.To.Index] = false;
        }
    }
}
