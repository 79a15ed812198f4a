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
        for (var length = 1; length <= maxLength && results.Count < maxPaths; length++)
        {
            onPath[from.Index] = true;
            Search(web, from, to, length, stack, onPath, results, maxPaths, steps);
            onPath[from.Index] = false;
        }

        return results.ToImmutable();
    }

    // Depth is bounded by maxLength, so recursion stays shallow whatever the web's size.
    private static void Search(CausalWeb web, ConstructSymbol node, ConstructSymbol target, int remaining,
        List<CausalEdge> stack, bool[] onPath, ImmutableArray<CausalPath>.Builder results, int maxPaths, int[] steps)
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

            if (edge.To == target || onPath[edge.To.Index])
                continue;
            onPath[edge.To.Index] = true;
            stack.Add(edge);
            Search(web, edge.To, target, remaining - 1, stack, onPath, results, maxPaths, steps);
            stack.RemoveAt(stack.Count - 1);
            onPath[edge.To.Index] = false;
        }
    }
}
