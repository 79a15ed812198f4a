using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Opposite signs on one edge where nothing tells the claims apart, and CMOCs that say the same
/// thing twice. Refuted claims are history, not part of the current theory, so they are left out.
/// </summary>
internal static class ContradictionChecks
{
    public static void Run(AnalysisContext context)
    {
        foreach (var edges in EdgesByRoots(context))
            CheckEdges(context, edges);
        CheckDuplicateCmocs(context);
    }

    // An edge into (or out of) an inverse construct asserts the opposite edge of its root, so
    // edges are compared by the roots of their ends, with their signs read there. Without inverses
    // each edge is its own group, and only edges with two claims or more can contradict.
    private static IEnumerable<IReadOnlyList<CausalEdge>> EdgesByRoots(AnalysisContext context)
    {
        var inverses = context.Inverses;
        if (!inverses.HasAny)
            return context.Web.Edges.Where(e => e.Claims.Length > 1).Select(e => (IReadOnlyList<CausalEdge>)[e]);
        var byRoots = new Dictionary<(int, int), List<CausalEdge>>();
        var order = new List<IReadOnlyList<CausalEdge>>();
        foreach (var edge in context.Web.Edges)
        {
            var key = (inverses.RootOf(edge.From), inverses.RootOf(edge.To));
            if (!byRoots.TryGetValue(key, out var edges))
            {
                byRoots[key] = edges = [];
                order.Add(edges);
            }

            edges.Add(edge);
        }

        return order;
    }

    private static void CheckEdges(AnalysisContext context, IReadOnlyList<CausalEdge> edges)
    {
        if (edges.Count == 1 && edges[0].Claims.Length < 2)
            return;
        var inverses = context.Inverses;
        var from = context.Web.Constructs[inverses.RootOf(edges[0].From)];
        var to = context.Web.Constructs[inverses.RootOf(edges[0].To)];
        var firstBySign = new Dictionary<(string, Sign), (EdgeClaim Claim, CausalEdge Edge)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            foreach (var claim in edge.Claims)
            {
                if (!claim.Sign.IsDefinite() || claim.Claim.Status == ClaimStatus.Refuted)
                    continue;
                var sign = inverses.Effective(edge, claim.Sign);
                firstBySign.TryAdd((claim.Circumstances, sign), (claim, edge));
                if (!firstBySign.TryGetValue((claim.Circumstances, sign.Negate()), out var other)
                    || other.Claim.Claim == claim.Claim || !reported.Add(claim.Circumstances))
                    continue;
                var (positive, negative) = sign == Sign.Positive ? ((claim, edge), other) : (other, (claim, edge));
                var note = $"{Describe(inverses, other.Claim, other.Edge)} makes it {SignWord(inverses.Effective(other.Edge, other.Claim.Sign))} here";
                context.Diagnostics.ReportContradictoryClaims(claim.Location, Describe(inverses, positive.Item1, positive.Item2), from.Name, to.Name,
                    Describe(inverses, negative.Item1, negative.Item2), new RelatedLocation(other.Claim.Location, note));
            }
        }
    }

    /// <summary>"CMOC `C1`", and through which inverse it says so when its edge names one.</summary>
    private static string Describe(InverseClasses inverses, EdgeClaim claim, CausalEdge edge)
    {
        var text = AnalysisContext.Describe(claim.Claim);
        var inverse = new[] { edge.From, edge.To }.Where(c => inverses.FlipOf(c) == Sign.Negative).ToList();
        if (inverse.Count == 0)
            return text;
        var which = string.Join(" and ", inverse.Select(c => $"`{c.Name}` is the inverse of `{c.InverseOf?.Name}`"));
        return $"{text} (through `{edge.From.Name} -> {edge.To.Name}` ({claim.Sign.ToSymbol()}), where {which})";
    }

    private static string SignWord(Sign sign) => sign == Sign.Positive ? "positive" : "negative";

    // CMOCs are bucketed by a hash of their shape (terms in any order, resource, conditions, scope,
    // stage) and compared exactly only within a bucket: no key string is built per CMOC.
    private static void CheckDuplicateCmocs(AnalysisContext context)
    {
        var buckets = new Dictionary<ulong, List<CmocSymbol>>();
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Outcomes.IsEmpty || cmoc.Terms.Any(t => t.Construct is null))
                continue;
            var shape = Shape(cmoc);
            if (!buckets.TryGetValue(shape, out var bucket))
            {
                buckets[shape] = [cmoc];
                continue;
            }

            if (bucket.FirstOrDefault(other => AreDuplicates(cmoc, other)) is { } first)
                context.Diagnostics.ReportDuplicateCmoc(cmoc.Location, cmoc.Name, first.Name, first.Location);
            else
                bucket.Add(cmoc);
        }
    }

    private static ulong Shape(CmocSymbol cmoc)
    {
        var hash = TermSets.Mix(TermSets.RoleHash(cmoc.Contexts, mirrored: false))
            ^ TermSets.Mix(TermSets.RoleHash(cmoc.Mechanisms, mirrored: false) + 1)
            ^ TermSets.Mix(TermSets.RoleHash(cmoc.Outcomes, mirrored: false) + 2)
            ^ TermSets.Mix(TermSets.StringHash(cmoc.ResourceText ?? "") + 3)
            ^ TermSets.Mix(TermSets.StringHash(cmoc.Stage?.Name ?? "") + 4);
        foreach (var condition in cmoc.Conditions)
            hash ^= TermSets.Mix(TermSets.StringHash(condition.ToString()) + 5);
        foreach (var type in cmoc.Scope)
            hash ^= TermSets.Mix(TermSets.StringHash(type.QualifiedName) + 6);
        return hash;
    }

    private static bool AreDuplicates(CmocSymbol a, CmocSymbol b) =>
        TermSets.SameTerms(a.Contexts, b.Contexts, mirrored: false) && TermSets.SameTerms(a.Mechanisms, b.Mechanisms, mirrored: false)
        && TermSets.SameTerms(a.Outcomes, b.Outcomes, mirrored: false) && a.ResourceText == b.ResourceText && a.Stage == b.Stage
        && SameSet(a.Conditions.Select(c => c.ToString()), b.Conditions.Select(c => c.ToString()))
        && SameSet(a.Scope.Select(t => t.QualifiedName), b.Scope.Select(t => t.QualifiedName));

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);
}
