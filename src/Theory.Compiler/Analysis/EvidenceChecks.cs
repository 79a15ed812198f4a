using Theory.Diagnostics;

namespace Theory.Analysis;

/// <summary>
/// Realist reviews keep a CMOC only when clear data from several sources support it (a
/// `hypothesised` CMOC is a prediction still to be tested, so it needs none yet). Unknown keys are
/// reported by the binder as it resolves them; this check counts sources and finds uncited entries.
/// </summary>
internal static class EvidenceChecks
{
    public static void Run(AnalysisContext context)
    {
        var minimum = context.Options.MinimumSources;
        foreach (var cmoc in context.Binding.Cmocs)
        {
            if (cmoc.Status == Symbols.ClaimStatus.Hypothesised)
                continue;
            if (cmoc.Evidence.IsEmpty)
            {
                context.Diagnostics.ReportNoEvidence(cmoc.Location, $"CMOC `{cmoc.Name}`");
                continue;
            }

            var count = cmoc.DistinctSourceCount;
            if (count < minimum)
                context.Diagnostics.ReportTooFewSources(cmoc.Location, $"CMOC `{cmoc.Name}`", count, minimum);
        }

        foreach (var source in context.Binding.Sources)
            if (!context.Binding.CitedKeys.Contains(source.Name))
                context.Diagnostics.ReportUncitedEntry(source.Location, source.Name);
    }
}
