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
    private sealed record Necessity(ClaimSymbol Claim, Term Factor, Circumstance Circumstance);

    public static void Run(AnalysisContext context)
    {
        // The necessities, by what they are necessary for and the factor at the level it must have,
        // one per circumstance: a claim is then compared with each distinct circumstance once,
        // however many claims state the same necessity.
        var necessities = new Dictionary<(ConstructSymbol Outcome, Sign Direction, ConstructSymbol Factor, Sign Level), List<Necessity>>();
        foreach (var (claim, factors, outcomes) in Claims(context))
        {
            foreach (var factor in factors)
            {
                var level = factor.Qualifier.ToSign(isSource: true);
                if (factor.FactorRole != FactorRole.Necessary || factor.Construct is null || !level.IsDefinite())
                    continue;
                var circumstance = claim.Circumstance;
                foreach (var outcome in outcomes)
                {
                    var direction = outcome.Qualifier.ToSign(isSource: false);
                    if (outcome.Construct is null || !direction.IsDefinite())
                        continue;
                    var key = (outcome.Construct, direction, factor.Construct, level);
                    if (!necessities.TryGetValue(key, out var list))
                        necessities[key] = list = [];
                    if (!list.Any(n => n.Circumstance.Equals(circumstance)))
                        list.Add(new Necessity(claim, factor, circumstance));
                }
            }
        }

        if (necessities.Count == 0)
            return;
        foreach (var (claim, factors, outcomes) in Claims(context))
        {
            var reported = new HashSet<(ConstructSymbol, ConstructSymbol)>();
            foreach (var outcome in outcomes)
            {
                var direction = outcome.Qualifier.ToSign(isSource: false);
                if (outcome.Construct is null || !direction.IsDefinite())
                    continue;
                foreach (var factor in factors)
                {
                    var level = factor.Qualifier.ToSign(isSource: true);
                    if (factor.Construct is null || !level.IsDefinite()
                        || !necessities.TryGetValue((outcome.Construct, direction, factor.Construct, level.Negate()), out var list))
                        continue;
                    var circumstance = claim.Circumstance;
                    var necessity = list.FirstOrDefault(n => n.Claim != claim && circumstance.CombineWith(n.Circumstance) is not null);
                    if (necessity is null || !reported.Add((outcome.Construct, factor.Construct)))
                        continue;
                    context.Diagnostics.ReportNecessaryFactorAbsent(factor.Syntax.GetLocation(), AnalysisContext.Describe(claim), outcome.ToString(),
                        factor.Construct.Name, factor.Qualifier.ToText(), AnalysisContext.Describe(necessity.Claim), necessity.Factor.Syntax.GetLocation());
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
