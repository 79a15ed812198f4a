using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Analysis;

/// <summary>
/// An explicit chain promises that each CMOC's outcome is the next one's context, and that time
/// runs forward through the declared stages.
/// </summary>
internal static class ChainChecks
{
    public static void Run(AnalysisContext context)
    {
        foreach (var chain in context.Binding.Chains)
        {
            var syntax = ((ChainDeclarationSyntax)chain.Declaration!).Steps.Where(s => s.Text.Length > 0).ToList();
            for (var i = 0; i + 1 < chain.Steps.Length; i++)
            {
                if (chain.Steps[i] is not { } from || chain.Steps[i + 1] is not { } to)
                    continue;
                var location = syntax[i + 1].GetLocation();
                if (!Feeds(from, to))
                    context.Diagnostics.ReportChainBreak(location, chain.Name, from.Name, to.Name, List(from.Outcomes), List(to.Contexts));
                if (from.Stage is { IsAtemporal: false } early && to.Stage is { IsAtemporal: false } late && early.Order > late.Order)
                    context.Diagnostics.ReportChainAgainstStages(location, chain.Name, from.Name, early.Name, to.Name, late.Name);
            }
        }
    }

    /// <summary>An outcome feeds a context when they are the same construct or one specialises the other.</summary>
    private static bool Feeds(CmocSymbol from, CmocSymbol to)
    {
        var contexts = to.Contexts.Select(c => c.Construct).OfType<ConstructSymbol>().ToList();
        foreach (var outcome in from.Outcomes.Select(o => o.Construct).OfType<ConstructSymbol>())
            foreach (var context in contexts)
                if (context == outcome || Specialises(context, outcome) || Specialises(outcome, context))
                    return true;
        return false;
    }

    private static bool Specialises(ConstructSymbol specific, ConstructSymbol general)
    {
        // Bounded walk: a specialisation cycle in a broken theory must not hang the check.
        var current = specific.Specialises;
        for (var steps = 0; current is not null && steps < 64; steps++, current = current.Specialises)
            if (current == general)
                return true;
        return false;
    }

    private static string List(IEnumerable<Term> terms)
    {
        var names = terms.Select(t => t.Construct?.Name ?? t.WrittenName).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names.Select(n => $"`{n}`"));
    }
}
