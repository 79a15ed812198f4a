using System.Collections.Immutable;
using System.Globalization;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Claims that say what another already says, short of an exact duplicate (TH2302): a CMOC whose
/// contexts and outcomes are among another's with the same mechanism and circumstances (TH2304),
/// and a claim stated from the other end, every level and direction reversed (TH2305). Both are
/// findings of a 200-CMOC extraction that a reviewer would merge. Claims are bucketed by a hash of
/// their shape and compared exactly only within a bucket, and the comparisons are capped.
/// </summary>
internal static class NearDuplicateChecks
{
    public static void Run(AnalysisContext context)
    {
        CheckContained(context);
        CheckMirrored(context);
    }

    // The claim's circumstance is made once, with the web, and kept on the claim.
    private static string CircumstancesOf(ClaimSymbol claim) => claim.Circumstance.Text;

    private static void CheckContained(AnalysisContext context)
    {
        var buckets = new Dictionary<ulong, List<CmocSymbol>>();
        var hashes = new List<(CmocSymbol Cmoc, ulong Hash)>();
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Mechanisms.IsEmpty || cmoc.Outcomes.IsEmpty || cmoc.Status == ClaimStatus.Refuted || cmoc.Terms.Any(t => t.Construct is null) || !IsPlain(cmoc))
                continue;
            var hash = TermSets.Mix(TermSets.RoleHash(cmoc.Mechanisms, mirrored: false) ^ TermSets.Mix(TermSets.StringHash(cmoc.ResourceText ?? "") ^ TermSets.StringHash(CircumstancesOf(cmoc))));
            if (!buckets.TryGetValue(hash, out var bucket))
                buckets[hash] = bucket = [];
            bucket.Add(cmoc);
            hashes.Add((cmoc, hash));
        }

        var budget = Limits.NearDuplicateComparisons;
        foreach (var (cmoc, hash) in hashes)
        {
            var bucket = buckets[hash];
            if (bucket.Count < 2)
                continue;
            var (contexts, outcomes) = (TermSets.DistinctCount(cmoc.Contexts), TermSets.DistinctCount(cmoc.Outcomes));
            foreach (var other in bucket)
            {
                if (other == cmoc)
                    continue;
                if (--budget < 0)
                {
                    context.Diagnostics.ReportLimitReached(cmoc.Location!, "the search for CMOCs contained in others (TH2304)",
                        Limits.NearDuplicateComparisons.ToString("N0", CultureInfo.InvariantCulture) + " comparisons", "the remaining CMOCs that share a mechanism were not compared");
                    return;
                }

                if (contexts + outcomes >= other.Contexts.Length + other.Outcomes.Length || !SameGroup(cmoc, other))
                    continue;
                var sameSize = contexts == TermSets.DistinctCount(other.Contexts) && outcomes == TermSets.DistinctCount(other.Outcomes);
                if (!sameSize && TermSets.IsSubset(cmoc.Contexts, other.Contexts, mirrored: false) && TermSets.IsSubset(cmoc.Outcomes, other.Outcomes, mirrored: false))
                    context.Diagnostics.ReportContainedCmoc(cmoc.Location, cmoc.Name, other.Name, other.Location);
            }
        }
    }

    private static bool SameGroup(CmocSymbol a, CmocSymbol b) =>
        TermSets.SameTerms(a.Mechanisms, b.Mechanisms, mirrored: false)
        && a.ResourceText == b.ResourceText && CircumstancesOf(a) == CircumstancesOf(b);

    private static void CheckMirrored(AnalysisContext context)
    {
        var seen = new Dictionary<ulong, List<(ClaimSymbol Claim, ImmutableArray<Term>[] Roles)>>();
        IEnumerable<(ClaimSymbol Claim, ImmutableArray<Term>[] Roles)> claims =
            context.Binding.Cmocs.Select(c => ((ClaimSymbol)c, new[] { c.Contexts, c.Mechanisms, c.Outcomes }))
            .Concat(context.Binding.Links.Where(l => l.Source is not null).Select(l => ((ClaimSymbol)l, new[] { ImmutableArray.Create(l.Source!), l.Targets })));
        foreach (var (claim, roles) in claims)
        {
            if (claim.Status == ClaimStatus.Refuted || claim is CmocSymbol cmoc && !IsPlain(cmoc) || roles.Any(r => r.Any(t => t.Construct is null || TermSets.Mirror(t.Qualifier) is null)))
                continue;
            var circumstances = TermSets.StringHash(CircumstancesOf(claim));
            var mirrored = Shape(roles, circumstances, mirrored: true);
            if (seen.TryGetValue(mirrored, out var candidates)
                && candidates.FirstOrDefault(c => c.Roles.Length == roles.Length && IsMirror(c.Claim, c.Roles, claim, roles)) is { Claim: not null } other)
            {
                context.Diagnostics.ReportMirroredClaim(claim.Location, AnalysisContext.Describe(claim), AnalysisContext.Describe(other.Claim), other.Claim.Location);
                continue;
            }

            var shape = Shape(roles, circumstances, mirrored: false);
            if (!seen.TryGetValue(shape, out var list))
                seen[shape] = list = [];
            list.Add((claim, roles));
        }
    }

    private static bool IsMirror(ClaimSymbol a, ImmutableArray<Term>[] aRoles, ClaimSymbol b, ImmutableArray<Term>[] bRoles) =>
        (a is CmocSymbol) == (b is CmocSymbol) && CircumstancesOf(a) == CircumstancesOf(b)
        && aRoles.Zip(bRoles, (x, y) => TermSets.SameTerms(y, x, mirrored: true)).All(same => same);

    // The roles' terms in any order, role by role, and the circumstances, as one number.
    private static ulong Shape(ImmutableArray<Term>[] roles, ulong circumstances, bool mirrored)
    {
        var hash = TermSets.Mix(circumstances + (ulong)roles.Length);
        for (var r = 0; r < roles.Length; r++)
            hash = TermSets.Mix(hash ^ TermSets.Mix(TermSets.RoleHash(roles[r], mirrored) + (ulong)r));
        return hash;
    }

    // The qualifier that says the same thing from the other end; null when there is none.

    /// <summary>
    /// Whether the CMOC's terms are plain sets: `any of` lists are alternatives and pairings link
    /// some contexts to some mechanisms, so neither is contained in a CMOC by its terms alone.
    /// </summary>
    private static bool IsPlain(CmocSymbol cmoc) =>
        cmoc.ContextAlternatives.IsEmpty && cmoc.OutcomeAlternatives.IsEmpty && cmoc.Pairings.IsEmpty;
}
