using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// Bounded enumeration of simple paths, by iterative deepening so shorter paths come first, in the
/// web of one circumstance (the base web by default). Paths beyond the number listed are still
/// counted by sign, so the net effect covers every path found. A step budget caps the work: a
/// dense web holds exponentially many paths, and a query must still return — and say that it
/// stopped.
/// </summary>
internal static class PathFinder
{
    private const int StepBudget = Limits.QueryPathSteps;

    public static PathSearchResult Search(CausalWeb web, ConstructSymbol from, ConstructSymbol to, int maxLength, int maxPaths, Circumstance circumstance)
    {
        var search = new Walk(web, to, maxPaths, circumstance);
        for (var length = 1; length <= maxLength && !search.Exhausted; length++)
        {
            search.OnPath[from.Index] = true;
            search.Run(from, length);
            search.OnPath[from.Index] = false;
        }

        var signs = new[] { Sign.Positive, Sign.Negative, Sign.Indeterminate }.Where(s => search.Counts[(int)s] > 0).ToImmutableArray();
        return new PathSearchResult(search.Results.ToImmutable(), search.Counts.Sum(), signs, !search.Exhausted, circumstance,
            OtherCircumstances(web, from, to, maxLength, search));
    }

    /// <summary>
    /// The circumstances of edges left out of the web asked about that lie on some route from
    /// <paramref name="from"/> to <paramref name="to"/> short enough to count, so an answer about the
    /// base web can say that a condition would add paths. Two breadth-first searches over every edge.
    /// </summary>
    private static ImmutableArray<Circumstance> OtherCircumstances(CausalWeb web, ConstructSymbol from, ConstructSymbol to, int maxLength, Walk search)
    {
        var forward = Distances(web, from, e => e.To, web.GetOutgoingEdges);
        var backward = Distances(web, to, e => e.From, web.GetIncomingEdges);
        return [.. web.Edges
            .Where(e => search.IsLeftOut(e) && forward[e.From.Index] < int.MaxValue && backward[e.To.Index] < int.MaxValue
                && forward[e.From.Index] + 1 + backward[e.To.Index] <= maxLength)
            .SelectMany(e => e.Circumstances.Where(c => !c.IsUnconditional && !search.Circumstance.Includes(c) && search.Circumstance.CombineWith(c) is not null))
            .Distinct()
            .OrderBy(c => c.Text, StringComparer.Ordinal)];
    }

    /// <summary>Edges from <paramref name="start"/> to each construct (int.MaxValue when none) by breadth-first search, along the edges <paramref name="follow"/> allows.</summary>
    private static int[] Distances(CausalWeb web, ConstructSymbol start, Func<CausalEdge, ConstructSymbol> next, Func<ConstructSymbol, ImmutableArray<CausalEdge>> edges,
        Func<CausalEdge, bool>? follow = null)
    {
        var distance = Enumerable.Repeat(int.MaxValue, web.Constructs.Length).ToArray();
        distance[start.Index] = 0;
        var queue = new Queue<ConstructSymbol>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var edge in edges(node))
            {
                var other = next(edge);
                if (distance[other.Index] != int.MaxValue || (follow is not null && !follow(edge)))
                    continue;
                distance[other.Index] = distance[node.Index] + 1;
                queue.Enqueue(other);
            }
        }

        return distance;
    }

    private sealed class Walk
    {
        private readonly CausalWeb _web;
        private readonly ConstructSymbol _target;
        private readonly int _maxPaths;
        private readonly Circumstance _circumstance;
        private readonly Dictionary<CausalEdge, Sign?> _signs = [];
        private readonly int[] _distance;
        private readonly List<CausalEdge> _stack = [];
        private readonly List<Sign> _stackSigns = [];
        private int _steps;

        public Walk(CausalWeb web, ConstructSymbol target, int maxPaths, Circumstance circumstance)
        {
            _web = web;
            _target = target;
            _maxPaths = maxPaths;
            _circumstance = circumstance;
            OnPath = new bool[web.Constructs.Length];
            _distance = DistancesTo(target);
        }

        public bool[] OnPath { get; }

        public Circumstance Circumstance => _circumstance;

        /// <summary>True when the edge is not part of the web asked about.</summary>
        public bool IsLeftOut(CausalEdge edge) => SignOf(edge) is null;

        public ImmutableArray<CausalPath>.Builder Results { get; } = ImmutableArray.CreateBuilder<CausalPath>();

        /// <summary>Paths found, by net sign (indexed by <see cref="Sign"/>).</summary>
        public int[] Counts { get; } = new int[3];

        public bool Exhausted { get; private set; }

        // The edge's sign in the web asked about, or null when the edge is not part of it.
        private Sign? SignOf(CausalEdge edge)
        {
            if (_circumstance.IsUnconditional)
                return edge.HoldsUnconditionally ? edge.Sign : null;
            if (!_signs.TryGetValue(edge, out var sign))
                _signs[edge] = sign = edge.SignUnder(_circumstance);
            return sign;
        }

        // Edges from each construct to the target (int.MaxValue when it cannot reach it), by a
        // breadth-first search backwards: a search never enters a construct from which the target is
        // further than the edges it has left, so the step budget is spent where paths can end.
        private int[] DistancesTo(ConstructSymbol target) =>
            Distances(_web, target, e => e.From, _web.GetIncomingEdges, e => SignOf(e) is not null);

        // Depth is bounded by the length asked for, so recursion stays shallow whatever the web's size.
        public void Run(ConstructSymbol node, int remaining)
        {
            foreach (var edge in _web.GetOutgoingEdges(node))
            {
                if (++_steps > StepBudget)
                {
                    Exhausted = true;
                    return;
                }

                if (SignOf(edge) is not { } sign)
                    continue;
                if (remaining == 1)
                {
                    if (edge.To == _target)
                        Found(edge, sign);
                    continue;
                }

                if (edge.To == _target || OnPath[edge.To.Index] || _distance[edge.To.Index] > remaining - 1)
                    continue;
                OnPath[edge.To.Index] = true;
                _stack.Add(edge);
                _stackSigns.Add(sign);
                Run(edge.To, remaining - 1);
                _stack.RemoveAt(_stack.Count - 1);
                _stackSigns.RemoveAt(_stackSigns.Count - 1);
                OnPath[edge.To.Index] = false;
                if (Exhausted)
                    return;
            }
        }

        private void Found(CausalEdge last, Sign lastSign)
        {
            var sign = _stackSigns.Aggregate(lastSign, (s, e) => s.Times(e));
            Counts[(int)sign]++;
            if (Results.Count < _maxPaths)
                Results.Add(new CausalPath([.. _stack, last], sign));
        }
    }
}
