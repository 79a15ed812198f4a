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
        foreach (var edge in context.Web.Edges)
            CheckEdge(context, edge);
        CheckDuplicateCmocs(context);
    }

    private static void CheckEdge(AnalysisContext context, CausalEdge edge)
    {
        if (edge.Claims.Length < 2)
            return;
        var firstBySign = new Dictionary<(string, Sign), EdgeClaim>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in edge.Claims)
        {
            if (!claim.Sign.IsDefinite() || claim.Claim.Status == ClaimStatus.Refuted)
                continue;
            firstBySign.TryAdd((claim.Circumstances, claim.Sign), claim);
            if (!firstBySign.TryGetValue((claim.Circumstances, claim.Sign.Negate()), out var other)
                || other.Claim == claim.Claim || !reported.Add(claim.Circumstances))
                continue;
            var (positive, negative) = claim.Sign == Sign.Positive ? (claim, other) : (other, claim);
            context.Diagnostics.ReportContradictoryClaims(claim.Location, AnalysisContext.Describe(positive.Claim), edge.From.Name, edge.To.Name,
                AnalysisContext.Describe(negative.Claim), new RelatedLocation(other.Location, $"{AnalysisContext.Describe(other.Claim)} makes it {SignWord(other.Sign)} here"));
        }
    }

    private static string SignWord(Sign sign) => sign == Sign.Positive ? "positive" : "negative";

    private static void CheckDuplicateCmocs(AnalysisContext context)
    {
        var seen = new Dictionary<string, CmocSymbol>(StringComparer.Ordinal);
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Outcomes.IsEmpty || cmoc.Terms.Any(t => t.Construct is null))
                continue;
            var key = string.Join(" | ",
                Canonical(cmoc.Contexts), Canonical(cmoc.Mechanisms), Canonical(cmoc.Outcomes), cmoc.ResourceText ?? "",
                string.Join(";", cmoc.Conditions.Select(c => c.ToString()).Order(StringComparer.Ordinal)),
                string.Join(";", cmoc.Scope.Select(t => t.QualifiedName).Order(StringComparer.Ordinal)),
                cmoc.Stage?.Name ?? "");
            if (seen.TryGetValue(key, out var first))
                context.Diagnostics.ReportDuplicateCmoc(cmoc.Location, cmoc.Name, first.Name, first.Location);
            else
                seen.Add(key, cmoc);
        }
    }

    private static string Canonical(ImmutableArray<Term> terms) =>
        string.Join(",", terms.Select(t => t.Qualifier.ToText() + " " + t.Construct!.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
