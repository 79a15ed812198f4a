using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// A `necessary` factor is one the outcome cannot come about without. A claim that the same
/// outcome moves the same way where that factor is at the opposite level (`low trust` where
/// another CMOC says `necessary high trust` for it) contradicts the necessity (TH2110), unless
/// the two claims hold in circumstances that exclude each other.
/// </summary>
internal static class NecessityChecks
{
    private sealed record Necessity(ClaimSymbol Claim, Term Factor, Sign Level);

    public static void Run(AnalysisContext context)
    {
        // Necessary factors by the (outcome, direction) they are necessary for: few, so the check is linear in the claims.
        var byOutcome = new Dictionary<(ConstructSymbol, Sign), List<Necessity>>();
        foreach (var (claim, factors, outcomes) in Claims(context))
        {
            foreach (var factor in factors)
            {
                var level = factor.Qualifier.ToSign(isSource: true);
                if (factor.FactorRole != FactorRole.Necessary || factor.Construct is null || !level.IsDefinite())
                    continue;
                foreach (var outcome in outcomes)
                {
                    var direction = outcome.Qualifier.ToSign(isSource: false);
                    if (outcome.Construct is null || !direction.IsDefinite())
                        continue;
                    var key = (outcome.Construct, direction);
                    if (!byOutcome.TryGetValue(key, out var list))
                        byOutcome[key] = list = [];
                    list.Add(new Necessity(claim, factor, level));
                }
            }
        }

        if (byOutcome.Count == 0)
            return;
        foreach (var (claim, factors, outcomes) in Claims(context))
        {
            var reported = new HashSet<(ConstructSymbol, ConstructSymbol)>();
            foreach (var outcome in outcomes)
            {
                if (outcome.Construct is null || !byOutcome.TryGetValue((outcome.Construct, outcome.Qualifier.ToSign(isSource: false)), out var necessities))
                    continue;
                foreach (var necessity in necessities)
                {
                    if (necessity.Claim == claim)
                        continue;
                    var absent = factors.FirstOrDefault(f => f.Construct == necessity.Factor.Construct && f.Qualifier.ToSign(isSource: true) == necessity.Level.Negate());
                    if (absent is null || Circumstance.Of(claim).CombineWith(Circumstance.Of(necessity.Claim)) is null
                        || !reported.Add((outcome.Construct, absent.Construct!)))
                        continue;
                    context.Diagnostics.ReportNecessaryFactorAbsent(absent.Syntax.GetLocation(), AnalysisContext.Describe(claim), outcome.ToString(),
                        absent.Construct!.Name, absent.Qualifier.ToText(), AnalysisContext.Describe(necessity.Claim), necessity.Factor.Syntax.GetLocation());
                }
            }
        }
    }

    /// <summary>Each claim in force with what brings its outcomes about (a CMOC's contexts, a link's source) and its outcomes.</summary>
    private static IEnumerable<(ClaimSymbol Claim, IReadOnlyList<Term> Factors, IReadOnlyList<Term> Outcomes)> Claims(AnalysisContext context)
    {
        foreach (var cmoc in context.Binding.Cmocs)
            if (cmoc.Status != ClaimStatus.Refuted)
                yield return (cmoc, cmoc.Contexts, cmoc.Outcomes);
        foreach (var link in context.Binding.Links)
            if (link.Status != ClaimStatus.Refuted && link.Source is { } source)
                yield return (link, [source], link.Targets);
    }
}
