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

            // The claims that the target falls, one per source level and circumstance, so each
            // `maintained` claim is compared with few, however many claims repeat one another.
            var falls = new Dictionary<(Sign, Circumstance), EdgeClaim>();
            foreach (var claim in edge.Claims.Where(c => c.To.Qualifier == Qualifier.Decreased && c.Claim.Status != ClaimStatus.Refuted))
                falls.TryAdd((LevelOf(claim), claim.Circumstance), claim);
            if (falls.Count == 0)
                continue;

            foreach (var kept in edge.Claims.Where(c => c.To.Qualifier == Qualifier.Maintained && c.Claim.Status != ClaimStatus.Refuted))
            {
                var level = LevelOf(kept);
                var fall = falls.FirstOrDefault(f => f.Key.Item1 == level && f.Value.Claim != kept.Claim && kept.Circumstance.CombineWith(f.Key.Item2) is not null).Value;
                if (fall is null)
                    continue;
                var under = kept.Circumstance.CombineWith(fall.Circumstance) is { IsUnconditional: false } both ? $" under `{both.Text}`" : "";
                context.Diagnostics.ReportMaintainedContradicted(kept.Location, AnalysisContext.Describe(kept.Claim), kept.From.ToString(), edge.To.Name,
                    AnalysisContext.Describe(fall.Claim), under, fall.Location);
            }
        }
    }

    private static Sign LevelOf(EdgeClaim claim) => claim.From.Qualifier.ToSign(isSource: claim.Role != ClaimRole.MechanismToOutcome);
}
