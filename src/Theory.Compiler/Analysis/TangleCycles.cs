namespace Theory.Analysis;

/// <summary>
/// The elementary cycles of one tangle (a strongly connected part of the web) that run along at
/// least one undeclared edge, as lists of constructs starting at the earliest declared. First the
/// shortest cycle through each undeclared edge not yet on a listed cycle, so every undeclared edge
/// is shown; then further cycles by depth-first search, from a step budget. Beyond the listing
/// bound cycles are only counted, so a dense tangle of a thousand constructs stays fast.
/// </summary>
internal sealed class TangleCycles
{
    private readonly List<int>[] _successors;
    private readonly int[] _componentOf;
    private readonly int[] _rank;
    private readonly int _component;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    private TangleCycles(List<int>[] successors, int[] componentOf, int[] rank, int component)
    {
        _successors = successors;
        _componentOf = componentOf;
        _rank = rank;
        _component = component;
    }

    /// <summary>The cycles listed, at most the bound, in the order found.</summary>
    public List<List<int>> Listed { get; } = [];

    /// <summary>Further distinct cycles found beyond the bound.</summary>
    public int MoreFound { get; private set; }

    /// <summary>False when the search stopped at its step budget, so there may be more than counted.</summary>
    public bool IsComplete { get; private set; } = true;

    /// <summary>Undeclared edges that lie on none of the listed cycles.</summary>
    public int UnlistedEdges { get; private set; }

    public static TangleCycles Find(List<int>[] successors, int[] componentOf, int[] rank, int component,
        List<(int From, int To)> undeclared, int maxListed, int stepBudget)
    {
        var cycles = new TangleCycles(successors, componentOf, rank, component);
        var shown = new HashSet<(int, int)>();
        foreach (var edge in undeclared)
        {
            if (cycles.Listed.Count >= maxListed)
                break;
            if (shown.Contains(edge))
                continue;
            var cycle = cycles.ShortestThrough(edge.From, edge.To);
            if (cycles._keys.Add(Key(cycle)))
            {
                cycles.Listed.Add(cycle);
                for (var i = 0; i < cycle.Count; i++)
                    shown.Add((cycle[i], cycle[(i + 1) % cycle.Count]));
            }
        }

        // Each further cycle is found once: from its first undeclared edge in the list, never
        // following an earlier one, so no cycle needs a key beyond those already listed.
        var order = new Dictionary<(int, int), int>(undeclared.Count);
        for (var i = 0; i < undeclared.Count; i++)
            order[undeclared[i]] = i;
        var steps = stepBudget;
        for (var i = 0; i < undeclared.Count; i++)
        {
            if (!cycles.Enumerate(undeclared[i].From, undeclared[i].To, i, order, maxListed, shown, ref steps))
            {
                cycles.IsComplete = false;
                break;
            }
        }

        cycles.UnlistedEdges = undeclared.Count(e => !shown.Contains(e));
        return cycles;
    }

    /// <summary>The edge from → to and a shortest way back inside the tangle, by breadth-first search.</summary>
    private List<int> ShortestThrough(int from, int to)
    {
        var parent = new Dictionary<int, int> { [to] = to };
        var queue = new Queue<int>();
        queue.Enqueue(to);
        while (queue.Count > 0 && !parent.ContainsKey(from))
        {
            var node = queue.Dequeue();
            foreach (var next in _successors[node])
                if (_componentOf[next] == _component && parent.TryAdd(next, node))
                    queue.Enqueue(next);
        }

        var nodes = new List<int>();
        for (var node = from; node != to; node = parent[node])
            nodes.Add(node);
        nodes.Add(to);
        nodes.Reverse();                                       // to, ..., from
        return Rotate(nodes);
    }

    /// <summary>
    /// Every simple path back from <paramref name="to"/> to <paramref name="from"/> inside the
    /// tangle closes a cycle through the edge from → to. Iterative, so a long cycle cannot
    /// overflow the stack; false when the budget ran out.
    /// </summary>
    private bool Enumerate(int from, int to, int index, Dictionary<(int, int), int> order, int maxListed, HashSet<(int, int)> shown, ref int steps)
    {
        var path = new List<int> { to };
        var onPath = new HashSet<int> { to, from };
        var next = new List<int> { 0 };
        while (path.Count > 0)
        {
            if (--steps < 0)
                return false;
            var node = path[^1];
            var successors = _successors[node];
            if (next[^1] >= successors.Count)
            {
                path.RemoveAt(path.Count - 1);
                next.RemoveAt(next.Count - 1);
                onPath.Remove(node);
                continue;
            }

            var successor = successors[next[^1]++];
            if (_componentOf[successor] != _component || (order.TryGetValue((node, successor), out var earlier) && earlier < index))
                continue;
            if (successor == from)
            {
                Found(path, from, maxListed, shown);
                continue;
            }

            if (!onPath.Add(successor))
                continue;
            path.Add(successor);
            next.Add(0);
        }

        return true;
    }

    private void Found(List<int> path, int from, int maxListed, HashSet<(int, int)> shown)
    {
        // Only a cycle as long as one already listed can be one of them.
        if (Listed.Count < maxListed || Listed.Any(c => c.Count == path.Count + 1))
        {
            var cycle = Rotate([.. path, from]);
            if (!_keys.Add(Key(cycle)))
                return;
            if (Listed.Count < maxListed)
            {
                Listed.Add(cycle);
                for (var i = 0; i < cycle.Count; i++)
                    shown.Add((cycle[i], cycle[(i + 1) % cycle.Count]));
                return;
            }
        }

        MoreFound++;
    }

    // A cycle is the same cycle from whichever construct it is read: start at the earliest declared.
    private List<int> Rotate(List<int> nodes)
    {
        var lowest = 0;
        for (var i = 1; i < nodes.Count; i++)
            if (_rank[nodes[i]] < _rank[nodes[lowest]])
                lowest = i;
        return [.. nodes.Skip(lowest), .. nodes.Take(lowest)];
    }

    private static string Key(List<int> cycle) => string.Join(",", cycle);
}
