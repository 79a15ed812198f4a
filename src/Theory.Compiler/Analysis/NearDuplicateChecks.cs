using System.Collections.Immutable;
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
        // The circumstances text of each claim, made once for both checks.
        var circumstances = new Dictionary<ClaimSymbol, string>();
        string CircumstancesOf(ClaimSymbol claim)
        {
            if (!circumstances.TryGetValue(claim, out var text))
                circumstances[claim] = text = Circumstances(claim);
            return text;
        }

        CheckContained(context, CircumstancesOf);
        CheckMirrored(context, CircumstancesOf);
    }

    private static void CheckContained(AnalysisContext context, Func<ClaimSymbol, string> circumstancesOf)
    {
        var buckets = new Dictionary<ulong, List<CmocSymbol>>();
        var hashes = new List<(CmocSymbol Cmoc, ulong Hash)>();
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Mechanisms.IsEmpty || cmoc.Outcomes.IsEmpty || cmoc.Status == ClaimStatus.Refuted || cmoc.Terms.Any(t => t.Construct is null) || !IsPlain(cmoc))
                continue;
            var hash = Mix(RoleHash(cmoc.Mechanisms, mirrored: false) ^ Mix(StringHash(cmoc.ResourceText ?? "") ^ StringHash(circumstancesOf(cmoc))));
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
            var (contexts, outcomes) = (Terms(cmoc.Contexts), Terms(cmoc.Outcomes));
            foreach (var other in bucket)
            {
                if (other == cmoc)
                    continue;
                if (--budget < 0)
                {
                    context.Diagnostics.ReportLimitReached(cmoc.Location!, "the search for CMOCs contained in others (TH2304)",
                        $"{Limits.NearDuplicateComparisons:N0} comparisons", "the remaining CMOCs that share a mechanism were not compared");
                    return;
                }

                if (contexts.Count + outcomes.Count >= other.Contexts.Length + other.Outcomes.Length || !SameGroup(cmoc, other, circumstancesOf))
                    continue;
                var (otherContexts, otherOutcomes) = (Terms(other.Contexts), Terms(other.Outcomes));
                var sameSize = contexts.Count == otherContexts.Count && outcomes.Count == otherOutcomes.Count;
                if (!sameSize && contexts.IsSubsetOf(otherContexts) && outcomes.IsSubsetOf(otherOutcomes))
                    context.Diagnostics.ReportContainedCmoc(cmoc.Location, cmoc.Name, other.Name, other.Location);
            }
        }
    }

    private static bool SameGroup(CmocSymbol a, CmocSymbol b, Func<ClaimSymbol, string> circumstancesOf) =>
        Canonical(a.Mechanisms, mirrored: false) == Canonical(b.Mechanisms, mirrored: false)
        && a.ResourceText == b.ResourceText && circumstancesOf(a) == circumstancesOf(b);

    private static void CheckMirrored(AnalysisContext context, Func<ClaimSymbol, string> circumstancesOf)
    {
        var seen = new Dictionary<ulong, List<(ClaimSymbol Claim, ImmutableArray<Term>[] Roles)>>();
        IEnumerable<(ClaimSymbol Claim, ImmutableArray<Term>[] Roles)> claims =
            context.Binding.Cmocs.Select(c => ((ClaimSymbol)c, new[] { c.Contexts, c.Mechanisms, c.Outcomes }))
            .Concat(context.Binding.Links.Where(l => l.Source is not null).Select(l => ((ClaimSymbol)l, new[] { ImmutableArray.Create(l.Source!), l.Targets })));
        foreach (var (claim, roles) in claims)
        {
            if (claim.Status == ClaimStatus.Refuted || claim is CmocSymbol cmoc && !IsPlain(cmoc) || roles.Any(r => r.Any(t => t.Construct is null || Mirror(t.Qualifier) is null)))
                continue;
            var circumstances = StringHash(circumstancesOf(claim));
            var mirrored = Shape(roles, circumstances, mirrored: true);
            if (seen.TryGetValue(mirrored, out var candidates)
                && candidates.FirstOrDefault(c => c.Roles.Length == roles.Length && IsMirror(c.Claim, c.Roles, claim, roles, circumstancesOf)) is { Claim: not null } other)
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

    private static bool IsMirror(ClaimSymbol a, ImmutableArray<Term>[] aRoles, ClaimSymbol b, ImmutableArray<Term>[] bRoles, Func<ClaimSymbol, string> circumstancesOf) =>
        (a is CmocSymbol) == (b is CmocSymbol) && circumstancesOf(a) == circumstancesOf(b)
        && aRoles.Zip(bRoles, (x, y) => Canonical(x, mirrored: false) == Canonical(y, mirrored: true)).All(same => same);

    // The roles' terms in any order, role by role, and the circumstances, as one number.
    private static ulong Shape(ImmutableArray<Term>[] roles, ulong circumstances, bool mirrored)
    {
        var hash = Mix(circumstances + (ulong)roles.Length);
        for (var r = 0; r < roles.Length; r++)
            hash = Mix(hash ^ Mix(RoleHash(roles[r], mirrored) + (ulong)r));
        return hash;
    }

    // Each distinct (construct, qualifier) once, summed so the order of the terms does not matter.
    private static ulong RoleHash(ImmutableArray<Term> terms, bool mirrored)
    {
        ulong hash = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
                repeated = terms[j].Construct == terms[i].Construct && terms[j].Qualifier == terms[i].Qualifier;
            if (repeated)
                continue;
            var qualifier = mirrored ? Mirror(terms[i].Qualifier) ?? terms[i].Qualifier : terms[i].Qualifier;
            hash += Mix(((ulong)(uint)terms[i].Construct!.Index << 8) | (ulong)qualifier);
        }

        return hash;
    }

    private static ulong StringHash(string text)
    {
        // FNV-1a: the same on every run, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        return x ^ (x >> 33);
    }

    private static HashSet<string> Terms(ImmutableArray<Term> terms) =>
        new(terms.Select(t => t.Qualifier.ToText() + " " + t.Construct!.Name), StringComparer.Ordinal);

    private static string Canonical(ImmutableArray<Term> terms, bool mirrored) =>
        string.Join(",", terms.Select(t => (mirrored ? Mirror(t.Qualifier) ?? t.Qualifier : t.Qualifier).ToText() + " " + t.Construct!.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Circumstances(ClaimSymbol claim) => Circumstance.Of(claim).Text;

    // The qualifier that says the same thing from the other end; null when there is none.
    private static Qualifier? Mirror(Qualifier qualifier) => qualifier switch
    {
        Qualifier.High => Qualifier.Low,
        Qualifier.Low => Qualifier.High,
        Qualifier.Present => Qualifier.Absent,
        Qualifier.Absent => Qualifier.Present,
        Qualifier.Increased => Qualifier.Decreased,
        Qualifier.Decreased => Qualifier.Increased,
        _ => null,
    };

    /// <summary>
    /// Whether the CMOC's terms are plain sets: `any of` lists are alternatives and pairings link
    /// some contexts to some mechanisms, so neither is contained in a CMOC by its terms alone.
    /// </summary>
    private static bool IsPlain(CmocSymbol cmoc) =>
        cmoc.ContextAlternatives.IsEmpty && cmoc.OutcomeAlternatives.IsEmpty && cmoc.Pairings.IsEmpty;
}
