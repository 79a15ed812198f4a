using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit;

/// <summary>The stage each construct first appears in: where the web, the summary and GraphML place it.</summary>
internal static class ConstructStages
{
    /// <summary>For each construct, the earliest (non-atemporal) stage of the claims that mention it; refuted claims do not count.</summary>
    public static Dictionary<ConstructSymbol, StageSymbol> Earliest(Compilation compilation)
    {
        var result = new Dictionary<ConstructSymbol, StageSymbol>();
        foreach (var claim in compilation.Cmocs.Cast<ClaimSymbol>().Concat(compilation.Links))
        {
            if (claim.Status == ClaimStatus.Refuted || claim.Stage is not { IsAtemporal: false } stage)
                continue;
            foreach (var term in claim.Terms)
            {
                if (term.Construct is not { } construct)
                    continue;
                if (!result.TryGetValue(construct, out var current) || stage.Order < current.Order)
                    result[construct] = stage;
            }
        }

        return result;
    }
}
