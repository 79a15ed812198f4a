using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Binding;

/// <summary>
/// Builds the causal web from bound claims. A CMOC asserts context → mechanism and mechanism →
/// outcome (context → outcome when it has no mechanism); a link asserts source → each target.
/// The sign of an edge is the sign of its source term times the sign of its target term.
/// Refuted claims are the theory's history, not its current content, so they assert no edges.
/// </summary>
internal static class WebBuilder
{
    public static CausalWeb Build(ImmutableArray<ConstructSymbol> constructs, IEnumerable<CmocSymbol> cmocs, IEnumerable<LinkSymbol> links, DiagnosticBag diagnostics)
    {
        // The claims in the order they are asserted, each with the index of its edge; the edges in
        // the order they are first asserted. Gathered flat and grouped once at the end: a list per
        // edge and a dictionary per claim were a visible share of binding a 100k-CMOC theory.
        var edgeIndex = new Dictionary<(int, int), int>();
        var edgeEnds = new List<(int From, int To)>();
        var claims = new List<EdgeClaim>();
        var claimEdges = new List<int>();
        var interned = new Dictionary<Circumstance, Circumstance>();

        var undecided = NoneUndecided;

        // Most claims hold unconditionally; the rest share one object per distinct circumstance.
        Circumstance CircumstanceOf(ClaimSymbol claim)
        {
            var circumstance = claim.Circumstance;
            if (circumstance.IsUnconditional)
                return circumstance;
            if (!interned.TryAdd(circumstance, circumstance))
                claim.Circumstance = circumstance = interned[circumstance];
            return circumstance;
        }

        void Add(ClaimSymbol claim, ClaimRole role, Term from, Term to, Circumstance circumstance, CircumstanceTexts texts, int left)
        {
            if (from.Construct is null || to.Construct is null)
                return;
            var sign = from.Qualifier.ToSign(isSource: role is ClaimRole.ContextToMechanism or ClaimRole.ContextToOutcome or ClaimRole.Link or ClaimRole.ModeratorToMechanism)
                .Times(to.Qualifier.ToSign(isSource: false));
            // `any of low trust, high trust` or `any of increased x, decreased x`: the claim says
            // the construct matters but not which way, so its edges have no sign.
            if (undecided.Count > 0 && (undecided.Contains(from.Construct) && role != ClaimRole.MechanismToOutcome || undecided.Contains(to.Construct) && role != ClaimRole.ContextToMechanism))
                sign = Sign.Indeterminate;
            var key = (from.Construct.Index, to.Construct.Index);
            if (!edgeIndex.TryGetValue(key, out var edge))
            {
                edgeIndex.Add(key, edge = edgeEnds.Count);
                edgeEnds.Add(key);
            }

            claims.Add(new EdgeClaim(claim, role, from, to, sign, circumstance, texts, left));
            claimEdges.Add(edge);
        }

        // A CMOC asserts an edge from each context to each mechanism, so its edges grow with the
        // product of its lists, and each edge's circumstances name the other contexts. The lists
        // are capped and each circumstances text is made once per context, not once per edge:
        // one CMOC with 400 contexts and 400 mechanisms once took 3 GB.
        foreach (var cmoc in cmocs)
        {
            var contexts = Capped(cmoc, cmoc.Contexts, "contexts", diagnostics);
            var mechanisms = Capped(cmoc, cmoc.Mechanisms, "mechanisms", diagnostics);
            var outcomes = Capped(cmoc, cmoc.Outcomes, "outcomes", diagnostics);
            // Refuted claims are the theory's history: they assert no edges (their lists are still capped and reported).
            if (cmoc.Status == ClaimStatus.Refuted)
                continue;
            var circumstance = CircumstanceOf(cmoc);
            var parts = new CircumstanceTexts(cmoc, contexts);
            undecided = Undecided(cmoc);
            if (mechanisms.IsEmpty)
            {
                for (var i = 0; i < contexts.Length; i++)
                {
                    foreach (var outcome in outcomes)
                        Add(cmoc, ClaimRole.ContextToOutcome, contexts[i], outcome, circumstance, parts, i);
                }

                continue;
            }

            // A context triggers the mechanisms a pairing (`context A => M1`) gives it, or all of
            // them; only the mechanisms within the cap, so a pairing cannot lift it.
            var capped = cmoc.Pairings.IsEmpty ? null : new HashSet<Term>(mechanisms);
            for (var i = 0; i < contexts.Length; i++)
            {
                var context = contexts[i];
                if (capped is null)
                {
                    foreach (var mechanism in mechanisms)
                        Add(cmoc, ClaimRole.ContextToMechanism, context, mechanism, circumstance, parts, i);
                }
                else
                {
                    foreach (var mechanism in cmoc.MechanismsTriggeredBy(context))
                        if (capped.Contains(mechanism))
                            Add(cmoc, ClaimRole.ContextToMechanism, context, mechanism, circumstance, parts, i);
                }
            }

            foreach (var mechanism in mechanisms)
                foreach (var outcome in outcomes)
                    Add(cmoc, ClaimRole.MechanismToOutcome, mechanism, outcome, circumstance, parts, CircumstanceTexts.EveryContext);
        }

        undecided = NoneUndecided;

        // A moderator that names its own mechanism acts through it: moderator → mechanism.
        foreach (var claim in cmocs.Cast<ClaimSymbol>().Concat(links))
        {
            if (claim.Status == ClaimStatus.Refuted)
                continue;
            Circumstance? circumstance = null;
            CircumstanceTexts? texts = null;
            foreach (var moderator in claim.Moderators)
            {
                if (moderator.Mechanisms.IsEmpty)
                    continue;
                circumstance ??= CircumstanceOf(claim);
                texts ??= new CircumstanceTexts(claim, []);
                foreach (var mechanism in moderator.Mechanisms)
                    Add(claim, ClaimRole.ModeratorToMechanism, moderator.Term, mechanism, circumstance, texts, CircumstanceTexts.EveryContext);
            }
        }

        foreach (var link in links)
        {
            if (link.Source is not { } source || link.Status == ClaimStatus.Refuted)
                continue;
            var circumstance = CircumstanceOf(link);
            var texts = new CircumstanceTexts(link, []);
            foreach (var target in link.Targets)
                Add(link, ClaimRole.Link, source, target, circumstance, texts, CircumstanceTexts.EveryContext);
        }

        return new CausalWeb(constructs, Group(constructs, edgeEnds, claims, claimEdges));
    }

    /// <summary>Each edge with its claims in the order they were asserted.</summary>
    private static ImmutableArray<CausalEdge> Group(ImmutableArray<ConstructSymbol> constructs, List<(int From, int To)> edgeEnds, List<EdgeClaim> claims, List<int> claimEdges)
    {
        var claimsOf = Buckets.Group(claims, claimEdges, edgeEnds.Count);
        var edges = ImmutableArray.CreateBuilder<CausalEdge>(edgeEnds.Count);
        for (var i = 0; i < edgeEnds.Count; i++)
        {
            var (from, to) = edgeEnds[i];
            // Each array is the edge's own and never written again: it becomes the edge's list as it is.
            edges.Add(new CausalEdge(constructs[from], constructs[to], ImmutableCollectionsMarshal.AsImmutableArray(claimsOf[i])));
        }

        return edges.MoveToImmutable();
    }

    private static ImmutableArray<Term> Capped(CmocSymbol cmoc, ImmutableArray<Term> terms, string role, DiagnosticBag diagnostics)
    {
        if (terms.Length <= Limits.TermsPerRole)
            return terms;
        var first = terms[Limits.TermsPerRole];
        diagnostics.ReportLimitReached(first.Syntax.GetLocation()!, $"the list of {role} of CMOC `{cmoc.Name}`", $"{Limits.TermsPerRole} terms",
            $"the {terms.Length - Limits.TermsPerRole} after the first {Limits.TermsPerRole} assert no edges in the causal web");
        return [.. terms.Take(Limits.TermsPerRole)];
    }

    private static readonly HashSet<ConstructSymbol> NoneUndecided = [];

    /// <summary>Constructs an `any of` clause of the CMOC names with opposite signs: alternatives in both directions.</summary>
    private static HashSet<ConstructSymbol> Undecided(CmocSymbol cmoc)
    {
        // Most CMOCs have no `any of` clause: they share one empty set.
        if (cmoc.ContextAlternatives.IsEmpty && cmoc.OutcomeAlternatives.IsEmpty)
            return NoneUndecided;
        var undecided = new HashSet<ConstructSymbol>();
        foreach (var group in cmoc.ContextAlternatives)
            AddOpposites(group, isSource: true, undecided);
        foreach (var group in cmoc.OutcomeAlternatives)
            AddOpposites(group, isSource: false, undecided);
        return undecided;

        static void AddOpposites(ImmutableArray<Term> terms, bool isSource, HashSet<ConstructSymbol> into)
        {
            var signs = new Dictionary<ConstructSymbol, Sign>();
            foreach (var term in terms)
            {
                var sign = term.Qualifier.ToSign(isSource);
                if (term.Construct is null || !sign.IsDefinite())
                    continue;
                if (signs.TryGetValue(term.Construct, out var other) && other != sign)
                    into.Add(term.Construct);
                signs[term.Construct] = sign;
            }
        }
    }
}
