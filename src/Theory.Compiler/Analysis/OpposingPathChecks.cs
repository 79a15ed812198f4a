using System.Collections.Immutable;
using System.Globalization;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Two routes from one construct to another whose net signs differ (coordination raises patient
/// coverage directly, but lowers it through consolidation and travel time). From each construct
/// that branches, a breadth-first search over (construct, sign, circumstance) states finds a
/// construct reached with both signs in circumstances that can hold together; the pair is reported
/// when the two paths share nothing but their ends. Unconditional claims form the base web; a
/// conditional claim adds its edge to the web of its own circumstance only, so a pair found there
/// is reported as holding there ("when high conflict"), and only when the base web has none.
/// Inverse constructs are one quantity with the sign flipped. Depth and states per start are
/// capped, so the whole check is linear in the size of the web.
/// </summary>
internal static class OpposingPathChecks
{
    internal const int MaxDepth = Limits.OpposingPathDepth;
    internal const int MaxStatesPerStart = Limits.OpposingPathStatesPerStart;

    /// <summary>
    /// Starts searched as one piece of work. A large web's searches are shared out among the
    /// cores a piece at a time (the check phase waited on this one check while the other core sat
    /// idle); a theory of everyday size is one piece, searched where it is.
    /// </summary>
    internal const int StartsPerPiece = 1024;

    public static void Run(AnalysisContext context) => Run(context, StartsPerPiece, Limits.OpposingPathReports);

    /// <summary>
    /// The check with its pieces of <paramref name="startsPerPiece"/> starts and at most
    /// <paramref name="reportLimit"/> pairs reported. Each piece searches with its own tables and
    /// keeps its findings; they are reported piece by piece in the order of the starts, so the
    /// diagnostics, and which pairs fall past the limit, are the same however the pieces are shared.
    /// </summary>
    internal static void Run(AnalysisContext context, int startsPerPiece, int reportLimit)
    {
        var web = context.Web;
        var circumstances = new CircumstanceTable();
        // Which edges a search may follow, and with which sign in which circumstance, is decided
        // once per edge, not once per visit: on a 100k-CMOC web the searches visit edges tens of
        // millions of times.
        var steps = SignedStep.Build(web, context.Inverses, circumstances);
        var starts = new List<ConstructSymbol>();
        foreach (var start in web.Constructs)
        {
            if (steps[start.Index].Length >= 2 && context.Inverses.RootOf(start) == start.Index)
                starts.Add(start);
        }

        var pieces = new Piece[starts.Count == 0 ? 0 : ((starts.Count - 1) / startsPerPiece) + 1];
        void SearchPiece(int piece, Search search)
        {
            var result = pieces[piece] = new Piece(reportLimit);
            for (var i = piece * startsPerPiece; i < Math.Min(starts.Count, (piece + 1) * startsPerPiece); i++)
                search.From(starts[i], result);
        }

        if (pieces.Length == 1)
        {
            SearchPiece(0, new Search(context, steps, circumstances));
        }
        else if (pieces.Length > 1)
        {
            // A search per worker, each with its own copy of the circumstance table: the steps'
            // circumstance ids are the same in every copy, and combinations met on the way are
            // numbered in each copy as met (findings carry circumstances, not their ids).
            try
            {
                System.Threading.Tasks.Parallel.For(0, pieces.Length,
                    () => new Search(context, steps, circumstances.Copy()),
                    (piece, _, search) =>
                    {
                        SearchPiece(piece, search);
                        return search;
                    },
                    _ => { });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // A failing search surfaces as itself, as when one search ran them all.
                ParallelFailure.ThrowSingle(e);
            }
        }

        var reporter = new Reporter(context, reportLimit);
        foreach (var piece in pieces)
            reporter.Report(piece);
        reporter.ReportSuppressed();
    }

    /// <summary>
    /// The findings of a piece's searches, in the order of their starts: the first
    /// <see cref="Limit"/> with their paths (no more can be reported), the rest only counted,
    /// with the place of the first of them.
    /// </summary>
    private sealed class Piece(int limit)
    {
        public int Limit { get; } = limit;
        public List<Found> Listed { get; } = [];
        public int Unlisted { get; set; }
        public Text.Location? FirstUnlisted { get; set; }
    }

    /// <summary>A pair of opposing paths, with what its report needs: the paths in the order of their signs and the circumstance they hold in.</summary>
    private sealed record Found(ConstructSymbol Start, ConstructSymbol End, List<SignedStep> Positive, List<SignedStep> Negative, Circumstance Circumstance, List<SignedStep> First);

    /// <summary>Reports the pieces' findings in order, up to the limit, and counts the rest (TH3009).</summary>
    private sealed class Reporter(AnalysisContext context, int limit)
    {
        private int _reported;
        private int _suppressed;
        private Text.Location? _firstSuppressed;

        public void Report(Piece piece)
        {
            foreach (var found in piece.Listed)
            {
                // A web with tens of thousands of opposing pairs would print hundreds of megabytes of
                // them, and formatting them took most of the check's time: past the limit they are counted.
                if (_reported >= limit)
                {
                    _suppressed++;
                    _firstSuppressed ??= LocationOf(found.First);
                    continue;
                }

                _reported++;
                var related = found.Positive.Concat(found.Negative).Select(s => AnalysisContext.RelatedEdge(s.Edge, found.Circumstance)).ToImmutableArray();
                var where = found.Circumstance.IsUnconditional ? "" : $" under `{found.Circumstance.Text}`";
                context.Diagnostics.ReportOpposingPaths(found.Positive[0].Edge.Claims[0].Location, found.Start.Name, found.End.Name,
                    Describe(found.Positive, found.Start, found.End), Describe(found.Negative, found.Start, found.End), where, related);
            }

            _suppressed += piece.Unlisted;
            _firstSuppressed ??= piece.FirstUnlisted;
        }

        public void ReportSuppressed()
        {
            if (_suppressed > 0 && _firstSuppressed is { } location)
                context.Diagnostics.ReportLimitReached(location, "the list of opposing paths (TH2303)", limit.ToString("N0", CultureInfo.InvariantCulture) + " pairs of constructs",
                    _suppressed.ToString("N0", CultureInfo.InvariantCulture) + $" more pair{(_suppressed == 1 ? " has" : "s have")} opposing paths and {(_suppressed == 1 ? "is" : "are")} not listed; `theory query paths FROM TO` shows the paths between any two constructs");
        }

        /// <summary>`a -> b -> c`; where a path passes from a construct to its inverse, both are named.</summary>
        private static string Describe(List<SignedStep> path, ConstructSymbol start, ConstructSymbol end)
        {
            var text = new System.Text.StringBuilder("`");
            text.Append(Name(start, path[0].Edge.From));
            for (var i = 0; i < path.Count; i++)
            {
                var edge = path[i].Edge;
                var next = i + 1 < path.Count ? path[i + 1].Edge.From : end;
                text.Append(" -> ").Append(Name(next, edge.To));
            }

            return text.Append('`').ToString();

            // The construct the edge names, and the one the path continues from when they differ.
            static string Name(ConstructSymbol continued, ConstructSymbol named) =>
                continued == named ? named.Name : $"{named.Name} (the inverse of {continued.Name})";
        }
    }

    // Where a pair past the limit is placed: the first claim of the path the search found first.
    private static Text.Location LocationOf(List<SignedStep> first) => first[0].Edge.Claims[0].Location;

    private sealed class Search(AnalysisContext context, SignedStep[][] steps, CircumstanceTable circumstances)
    {
        private readonly InverseClasses _inverses = context.Inverses;
        private readonly CausalWeb _web = context.Web;

        // One entry per state: how it was reached, so a path can be read back, and the next state
        // of the same construct and sign (a chain through the list, so no list is made per state).
        private readonly List<(int Node, Sign Sign, int Circumstance, int Depth, int Parent, SignedStep Step)> _states = [];
        private readonly List<int> _nextSame = [];
        // The states of each (construct, sign), as the first and last of a chain through
        // _nextSame, in arrays indexed by construct and sign and stamped with the search they
        // belong to, so that nothing is hashed or cleared between the thousands of searches.
        private readonly int[] _first = new int[2 * context.Web.Constructs.Length];
        private readonly int[] _last = new int[2 * context.Web.Constructs.Length];
        private readonly int[] _stamp = new int[2 * context.Web.Constructs.Length];
        private readonly int[] _count = new int[2 * context.Web.Constructs.Length];
        private readonly bool[] _unconditional = new bool[2 * context.Web.Constructs.Length];
        private int _search;
        private readonly Dictionary<int, Finding> _found = [];

        private static int Slot(int node, Sign sign) => (2 * node) + (sign == Sign.Negative ? 1 : 0);

        private bool TryGetChain(int node, Sign sign, out int first)
        {
            var slot = Slot(node, sign);
            first = _first[slot];
            return _stamp[slot] == _search;
        }

        public void From(ConstructSymbol start, Piece result)
        {
            _states.Clear();
            _nextSame.Clear();
            _search++;
            Add(start.Index, Sign.Positive, CircumstanceTable.Unconditional, 0, -1, default);
            var found = _found;
            if (found.Count > 0)
                found.Clear();
            var budget = Limits.OpposingPathStepsPerStart;

            // States are numbered in the order they are reached, which is breadth-first order.
            for (var current = 0; current < _states.Count; current++)
            {
                var state = _states[current];
                if (state.Depth >= MaxDepth)
                    continue;
                foreach (var step in steps[state.Node])
                {
                    // The cap holds while a construct is expanded too: a hub with thousands of
                    // successors must not add them all in each of thousands of searches.
                    if (_states.Count >= MaxStatesPerStart)
                        goto done;
                    if (step.To == start.Index)
                        continue;
                    var circumstance = circumstances.Combine(state.Circumstance, step.Circumstance);
                    if (circumstance == CircumstanceTable.Impossible
                        || step.SignUnder(circumstance, circumstances, _inverses) is not { } sign)
                        continue;
                    var nextSign = state.Sign.Times(sign);
                    if (IsDominated(step.To, nextSign, circumstance))
                        continue;
                    var added = Add(step.To, nextSign, circumstance, state.Depth + 1, current, step);
                    Compare(start, added, found, ref budget);
                }
            }

        done:
            foreach (var finding in found.Values.OrderBy(f => f.Order))
            {
                if (result.Listed.Count >= result.Limit)
                {
                    result.Unlisted++;
                    result.FirstUnlisted ??= LocationOf(finding.A);
                    continue;
                }

                var (positive, negative) = PathSign(finding.A, finding.Circumstance) == Sign.Positive ? (finding.A, finding.B) : (finding.B, finding.A);
                result.Listed.Add(new Found(start, _web.Constructs[finding.End], positive, negative, circumstances[finding.Circumstance], finding.A));
            }
        }

        // The same state reached again, or a state reached in a wider circumstance (the base web is the widest) already covers one
        // reached in a narrower: whatever follows from the narrower follows from the wider too, and
        // the pairs found are re-read in the circumstance they need. Without this, every mix of
        // conditions along the way is a state of its own, and a web where a twelfth of the claims
        // are conditional visits six times the states.
        private bool IsDominated(int node, Sign sign, int circumstance)
        {
            var slot = Slot(node, sign);
            if (_stamp[slot] != _search)
                return false;
            // Reached unconditionally: that covers every circumstance, and is the common case.
            // A construct already reached in as many circumstances as the search follows per
            // construct takes no more (Limits.OpposingPathCircumstancesPerConstruct).
            if (_unconditional[slot] || _count[slot] >= Limits.OpposingPathCircumstancesPerConstruct)
                return true;
            for (var other = _first[slot]; other >= 0; other = _nextSame[other])
            {
                if (circumstances.IsWithin(circumstance, _states[other].Circumstance))
                    return true;
            }

            return false;
        }

        private int Add(int node, Sign sign, int circumstance, int depth, int parent, SignedStep step)
        {
            var id = _states.Count;
            _states.Add((node, sign, circumstance, depth, parent, step));
            _nextSame.Add(-1);
            var slot = Slot(node, sign);
            if (_stamp[slot] == _search)
            {
                _nextSame[_last[slot]] = id;
                _last[slot] = id;
                _count[slot]++;
                _unconditional[slot] |= circumstance == CircumstanceTable.Unconditional;
            }
            else
            {
                (_stamp[slot], _first[slot], _last[slot], _count[slot]) = (_search, id, id, 1);
                _unconditional[slot] = circumstance == CircumstanceTable.Unconditional;
            }

            return id;
        }

        /// <summary>Pairs the new state with each state of the same construct and the other sign.</summary>
        private void Compare(ConstructSymbol start, int added, Dictionary<int, Finding> found, ref int budget)
        {
            var state = _states[added];
            if (!TryGetChain(state.Node, state.Sign.Negate(), out var first)
                || (found.TryGetValue(state.Node, out var settled) && settled.IsUnconditional))
                return;
            for (var other = first; other >= 0; other = _nextSame[other])
            {
                var circumstance = circumstances.Combine(state.Circumstance, _states[other].Circumstance);
                if (circumstance == CircumstanceTable.Impossible)
                    continue;
                var a = PathTo(added);
                var b = PathTo(other);
                (List<SignedStep> A, List<SignedStep> B)? pair = AreMinimalPair(a, b) && HaveOppositeSigns(a, b, circumstance) ? (a, b) : null;

                // The breadth-first search keeps one route to each state; when the two routes
                // share a construct, other routes of the base web may still be disjoint.
                if (pair is null && circumstance == CircumstanceTable.Unconditional)
                    pair = FindDisjointPair(start.Index, state.Node, ref budget);
                if (pair is not { } p)
                    continue;
                if (found.TryGetValue(state.Node, out var earlier) && (earlier.IsUnconditional || circumstance != CircumstanceTable.Unconditional))
                    continue;
                found[state.Node] = new Finding(state.Node, p.A, p.B, circumstance, earlier?.Order ?? found.Count);
                if (circumstance == CircumstanceTable.Unconditional)
                    return;
            }
        }

        private List<SignedStep> PathTo(int state)
        {
            var path = new List<SignedStep>();
            for (; _states[state].Parent >= 0; state = _states[state].Parent)
                path.Add(_states[state].Step);
            path.Reverse();
            return path;
        }

        private Sign PathSign(List<SignedStep> path, int circumstance)
        {
            var sign = Sign.Positive;
            foreach (var step in path)
                sign = step.SignUnder(circumstance, circumstances, _inverses) is { } s ? sign.Times(s) : Sign.Indeterminate;
            return sign;
        }

        // A later step's circumstance can change the sign of an earlier edge (it has a claim for
        // that circumstance too), so both paths are re-read in the circumstance they need together.
        private bool HaveOppositeSigns(List<SignedStep> a, List<SignedStep> b, int circumstance)
        {
            var signA = PathSign(a, circumstance);
            return signA.IsDefinite() && PathSign(b, circumstance) == signA.Negate();
        }

        /// <summary>
        /// Every simple route of the base web from <paramref name="start"/> to <paramref name="end"/>
        /// within the depth bound (not through either end on the way), by depth-first search, until
        /// a positive and a negative one that share nothing but their ends are found; shortest
        /// pairs first. The search spends from a budget per start, so a dense web stays linear.
        /// </summary>
        private (List<SignedStep> A, List<SignedStep> B)? FindDisjointPair(int start, int end, ref int budget)
        {
            var routes = new List<(List<SignedStep> Path, Sign Sign)>();
            var path = new List<SignedStep>();
            var onPath = new HashSet<int> { start };
            var left = budget;

            void Walk(int node, Sign sign)
            {
                foreach (var step in steps[node])
                {
                    if (step.Circumstance != CircumstanceTable.Unconditional)
                        continue;
                    if (--left < 0)
                        return;
                    if (step.To == end)
                    {
                        routes.Add(([.. path, step], sign.Times(step.Sign)));
                        continue;
                    }

                    if (path.Count + 1 >= MaxDepth || !onPath.Add(step.To))
                        continue;
                    path.Add(step);
                    Walk(step.To, sign.Times(step.Sign));
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(step.To);
                }
            }

            Walk(start, Sign.Positive);
            budget = Math.Max(0, left);
            var positive = routes.Where(r => r.Sign == Sign.Positive).Select(r => r.Path).OrderBy(r => r.Count).ToList();
            var negative = routes.Where(r => r.Sign == Sign.Negative).Select(r => r.Path).OrderBy(r => r.Count).ToList();
            return positive.SelectMany(p => negative.Select(n => (A: p, B: n)))
                .Where(pair => AreMinimalPair(pair.A, pair.B))
                .OrderBy(pair => pair.A.Count + pair.B.Count)
                .Select(pair => ((List<SignedStep>, List<SignedStep>)?)pair)
                .FirstOrDefault();
        }

        // Only minimal pairs: the paths are simple and meet only at their ends, so a path that
        // merely extends an already opposing pair is not reported again.
        // Two single edges between the same ends (possible only through an inverse) are two claims
        // about one edge: a contradiction (TH2301), not two routes.
        private static bool AreMinimalPair(List<SignedStep> a, List<SignedStep> b)
        {
            if (a.Count == 1 && b.Count == 1)
                return false;
            var end = a[^1].To;
            var innerA = a.Take(a.Count - 1).Select(s => s.To).ToList();
            var innerB = b.Take(b.Count - 1).Select(s => s.To).ToList();
            return innerA.Distinct().Count() == innerA.Count && innerB.Distinct().Count() == innerB.Count
                && !innerA.Intersect(innerB).Any() && !innerA.Contains(end) && !innerB.Contains(end);
        }
    }

    private sealed record Finding(int End, List<SignedStep> A, List<SignedStep> B, int Circumstance, int Order)
    {
        public bool IsUnconditional => Circumstance == CircumstanceTable.Unconditional;
    }
}
