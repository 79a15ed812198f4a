using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// A claim that contradicts itself: one construct with opposite levels or directions in one role
/// (`context high trust, low trust`), or conditions that exclude each other or the claim's own
/// contexts (`when high conflict` with `unless high conflict`), so it holds nowhere.
/// </summary>
internal static class ClaimConsistencyChecks
{
    public static void Run(AnalysisContext context)
    {
        foreach (var cmoc in context.Binding.Cmocs)
        {
            CheckOpposites(context, cmoc, cmoc.Contexts, "contexts");
            CheckOpposites(context, cmoc, cmoc.Mechanisms, "mechanisms");
            CheckOpposites(context, cmoc, cmoc.Outcomes, "outcomes");
            // Alternatives of an `any of` clause need not hold, so only the other contexts bound where the CMOC holds.
            CheckConditions(context, cmoc, cmoc.Contexts.Where(t => !cmoc.IsAlternative(t)));
        }

        foreach (var link in context.Binding.Links)
        {
            CheckOpposites(context, link, link.Targets, "targets");
            CheckConditions(context, link, link.Source is { } source ? [source] : []);
        }
    }

    private static void CheckOpposites(AnalysisContext context, ClaimSymbol claim, IReadOnlyList<Term> terms, string role)
    {
        if (terms.Count < 2)
            return;
        // Most claims name each construct once per role: only then are the tables needed.
        if (!HasRepeat(terms))
            return;
        var first = new Dictionary<ConstructSymbol, Term>();
        var reported = new HashSet<ConstructSymbol>();
        foreach (var term in terms)
        {
            if (term.Construct is not { } construct || term.Qualifier == Qualifier.None)
                continue;
            var sign = term.Qualifier.ToSign(isSource: true);
            if (!sign.IsDefinite())
                continue;
            if (!first.TryGetValue(construct, out var earlier))
            {
                first[construct] = term;
                continue;
            }

            // Alternatives of one `any of` clause (`any of low trust, high trust`) need not hold together.
            if (claim is CmocSymbol cmoc && cmoc.AreAlternatives(earlier, term))
                continue;
            if (earlier.Qualifier.ToSign(isSource: true) != sign && reported.Add(construct))
                context.Diagnostics.ReportContradictoryTerms(term.Syntax.GetLocation(), AnalysisContext.Describe(claim), construct.Name, role,
                    earlier.ToString(), term.ToString(), new RelatedLocation(earlier.Syntax.GetLocation()!, $"`{earlier}` is here"));
        }
    }

    private static bool HasRepeat(IReadOnlyList<Term> terms)
    {
        for (var i = 1; i < terms.Count; i++)
            for (var j = 0; j < i; j++)
                if (terms[i].Construct is { } construct && terms[j].Construct == construct)
                    return true;
        return false;
    }

    // A claim holds where its conditions hold and, for a CMOC, where its contexts do.
    private static void CheckConditions(AnalysisContext context, ClaimSymbol claim, IEnumerable<Term> contexts)
    {
        if (claim.Conditions.IsEmpty && claim.Scope.IsEmpty)
            return;
        var circumstance = claim.Circumstance;
        var parts = circumstance.Parts.ToList();
        if (circumstance.IsSatisfiable)
        {
            var withContexts = circumstance.WithContexts(contexts.Where(t => t.Qualifier != Qualifier.None));
            if (withContexts.IsSatisfiable)
                return;
            parts = [.. withContexts.Parts.Select(p => p.StartsWith("when ", StringComparison.Ordinal) && !circumstance.Parts.Contains(p) ? "context " + p.Substring(5) : p)];
        }

        context.Diagnostics.ReportUnsatisfiableConditions(claim.Location, AnalysisContext.Describe(claim), parts);
    }
}
