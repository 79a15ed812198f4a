using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Claims that say what another already says, short of an exact duplicate (TH2302): a CMOC whose
/// contexts and outcomes are among another's with the same mechanism and circumstances (TH2304),
/// and a claim stated from the other end, every level and direction reversed (TH2305). Both are
/// findings of a 200-CMOC extraction that a reviewer would merge. CMOCs are compared only within
/// groups that share a mechanism and circumstances, and the comparisons are capped.
/// </summary>
internal static class NearDuplicateChecks
{
    public static void Run(AnalysisContext context)
    {
        CheckContained(context);
        CheckMirrored(context);
    }

    private static void CheckContained(AnalysisContext context)
    {
        var groups = new Dictionary<string, List<(CmocSymbol Cmoc, HashSet<string> Contexts, HashSet<string> Outcomes)>>(StringComparer.Ordinal);
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Mechanisms.IsEmpty || cmoc.Outcomes.IsEmpty || cmoc.Status == ClaimStatus.Refuted || cmoc.Terms.Any(t => t.Construct is null))
                continue;
            var key = Canonical(cmoc.Mechanisms, mirrored: false) + " | " + (cmoc.ResourceText ?? "") + " | " + Circumstances(cmoc);
            if (!groups.TryGetValue(key, out var group))
                groups[key] = group = [];
            group.Add((cmoc, Terms(cmoc.Contexts), Terms(cmoc.Outcomes)));
        }

        var budget = Limits.NearDuplicateComparisons;
        foreach (var group in groups.Values)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = 0; j < group.Count; j++)
                {
                    if (i == j)
                        continue;
                    if (--budget < 0)
                    {
                        var cmoc = group[i].Cmoc;
                        context.Diagnostics.ReportLimitReached(cmoc.Location!, "the search for CMOCs contained in others (TH2304)",
                            $"{Limits.NearDuplicateComparisons:N0} comparisons", "the remaining CMOCs that share a mechanism were not compared");
                        return;
                    }

                    var (small, large) = (group[i], group[j]);
                    var sameSize = small.Contexts.Count == large.Contexts.Count && small.Outcomes.Count == large.Outcomes.Count;
                    if (!sameSize && small.Contexts.IsSubsetOf(large.Contexts) && small.Outcomes.IsSubsetOf(large.Outcomes))
                        context.Diagnostics.ReportContainedCmoc(small.Cmoc.Location, small.Cmoc.Name, large.Cmoc.Name, large.Cmoc.Location);
                }
            }
        }
    }

    private static void CheckMirrored(AnalysisContext context)
    {
        var seen = new Dictionary<string, ClaimSymbol>(StringComparer.Ordinal);
        IEnumerable<(ClaimSymbol Claim, ImmutableArray<Term>[] Roles)> claims =
            context.Binding.Cmocs.Select(c => ((ClaimSymbol)c, new[] { c.Contexts, c.Mechanisms, c.Outcomes }))
            .Concat(context.Binding.Links.Where(l => l.Source is not null).Select(l => ((ClaimSymbol)l, new[] { ImmutableArray.Create(l.Source!), l.Targets })));
        foreach (var (claim, roles) in claims)
        {
            if (claim.Status == ClaimStatus.Refuted || roles.SelectMany(r => r).Any(t => t.Construct is null || Mirror(t.Qualifier) is null))
                continue;
            var kind = claim is CmocSymbol ? "cmoc" : "link";
            var key = kind + " | " + string.Join(" | ", roles.Select(r => Canonical(r, mirrored: false))) + " | " + Circumstances(claim);
            var mirroredKey = kind + " | " + string.Join(" | ", roles.Select(r => Canonical(r, mirrored: true))) + " | " + Circumstances(claim);
            if (seen.TryGetValue(mirroredKey, out var other))
                context.Diagnostics.ReportMirroredClaim(claim.Location, AnalysisContext.Describe(claim), AnalysisContext.Describe(other), other.Location);
            else
                seen.TryAdd(key, claim);
        }
    }

    private static HashSet<string> Terms(ImmutableArray<Term> terms) =>
        new(terms.Select(t => t.Qualifier.ToText() + " " + t.Construct!.Name), StringComparer.Ordinal);

    private static string Canonical(ImmutableArray<Term> terms, bool mirrored) =>
        string.Join(",", terms.Select(t => (mirrored ? Mirror(t.Qualifier) ?? t.Qualifier : t.Qualifier).ToText() + " " + t.Construct!.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Circumstances(ClaimSymbol claim) =>
        string.Join(";", claim.Conditions.Select(c => c.ToString()).Order(StringComparer.Ordinal)) + " | "
        + string.Join(";", claim.Scope.Select(t => t.QualifiedName).Order(StringComparer.Ordinal)) + " | " + (claim.Stage?.Name ?? "");

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
}
