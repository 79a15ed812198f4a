using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// `maintained` says a claim keeps its target from falling. Another claim that the same source,
/// at the same level, decreases that target says the opposite (TH2306) — unless the two hold in
/// circumstances that exclude each other. Only edges with a `maintained` claim are read.
/// </summary>
internal static class MaintainedChecks
{
    public static void Run(AnalysisContext context)
    {
        foreach (var edge in context.Web.Edges)
        {
            if (!edge.Claims.Any(c => c.To.Qualifier == Qualifier.Maintained))
                continue;
            foreach (var kept in edge.Claims.Where(c => c.To.Qualifier == Qualifier.Maintained && c.Claim.Status != ClaimStatus.Refuted))
            {
                var level = kept.From.Qualifier.ToSign(isSource: kept.Role != ClaimRole.MechanismToOutcome);
                var falls = edge.Claims.FirstOrDefault(c => c.To.Qualifier == Qualifier.Decreased && c.Claim != kept.Claim && c.Claim.Status != ClaimStatus.Refuted
                    && c.From.Qualifier.ToSign(isSource: c.Role != ClaimRole.MechanismToOutcome) == level
                    && kept.Circumstance.CombineWith(c.Circumstance) is not null);
                if (falls is null)
                    continue;
                var under = kept.Circumstance.CombineWith(falls.Circumstance) is { IsUnconditional: false } both ? $" under `{both.Text}`" : "";
                context.Diagnostics.ReportMaintainedContradicted(kept.Location, AnalysisContext.Describe(kept.Claim), kept.From.ToString(), edge.To.Name,
                    AnalysisContext.Describe(falls.Claim), under, falls.Location);
            }
        }
    }
}
