using Theory.Diagnostics;

namespace Theory.Analysis;

/// <summary>Constructs that nothing uses: usually a leftover or a misspelt reference elsewhere.</summary>
internal static class NameChecks
{
    public static void Run(AnalysisContext context)
    {
        foreach (var construct in context.Binding.Constructs)
            if (!context.Binding.UsedConstructs.Contains(construct))
                context.Diagnostics.ReportUnusedConstruct(construct.Location, construct.Name);
    }
}
