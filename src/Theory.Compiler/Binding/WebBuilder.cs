using System.Collections.Immutable;
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
        var claimsByEdge = new Dictionary<(int, int), List<EdgeClaim>>();
        var order = new List<(int, int)>();
        var circumstanceOf = new Dictionary<ClaimSymbol, Circumstance>();
        var interned = new Dictionary<Circumstance, Circumstance>();

        var undecided = NoneUndecided;

        void Add(ClaimSymbol claim, ClaimRole role, Term from, Term to, string circumstances)
        {
            if (from.Construct is null || to.Construct is null || claim.Status == ClaimStatus.Refuted)
                return;
            var sign = from.Qualifier.ToSign(isSource: role is ClaimRole.ContextToMechanism or ClaimRole.ContextToOutcome or ClaimRole.Link or ClaimRole.ModeratorToMechanism)
                .Times(to.Qualifier.ToSign(isSource: false));
            // `any of low trust, high trust` or `any of increased x, decreased x`: the claim says
            // the construct matters but not which way, so its edges have no sign.
            if (undecided.Count > 0 && (undecided.Contains(from.Construct) && role != ClaimRole.MechanismToOutcome || undecided.Contains(to.Construct) && role != ClaimRole.ContextToMechanism))
                sign = Sign.Indeterminate;
            var key = (from.Construct.Index, to.Construct.Index);
            if (!claimsByEdge.TryGetValue(key, out var list))
            {
                claimsByEdge[key] = list = [];
                order.Add(key);
            }

            if (!circumstanceOf.TryGetValue(claim, out var circumstance))
            {
                circumstance = Circumstance.Of(claim);
                if (!interned.TryAdd(circumstance, circumstance))
                    circumstance = interned[circumstance];
                circumstanceOf[claim] = circumstance;
            }

            var location = to.Syntax.GetLocation()!;
            list.Add(new EdgeClaim(claim, role, from, to, sign, circumstance, circumstances, location));
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
            undecided = Undecided(cmoc);
            if (mechanisms.IsEmpty)
            {
                foreach (var context in contexts)
                {
                    var circumstances = Circumstances(cmoc, OtherContexts(contexts, context));
                    foreach (var outcome in outcomes)
                        Add(cmoc, ClaimRole.ContextToOutcome, context, outcome, circumstances);
                }

                continue;
            }

            // A context triggers the mechanisms a pairing (`context A => M1`) gives it, or all of
            // them; only the mechanisms within the cap, so a pairing cannot lift it.
            var capped = cmoc.Pairings.IsEmpty ? null : new HashSet<Term>(mechanisms);
            foreach (var context in contexts)
            {
                var circumstances = Circumstances(cmoc, OtherContexts(contexts, context));
                if (capped is null)
                {
                    foreach (var mechanism in mechanisms)
                        Add(cmoc, ClaimRole.ContextToMechanism, context, mechanism, circumstances);
                }
                else
                {
                    foreach (var mechanism in cmoc.MechanismsTriggeredBy(context))
                        if (capped.Contains(mechanism))
                            Add(cmoc, ClaimRole.ContextToMechanism, context, mechanism, circumstances);
                }
            }

            var allContexts = Circumstances(cmoc, OtherContexts(contexts, context: null));
            foreach (var mechanism in mechanisms)
                foreach (var outcome in outcomes)
                    Add(cmoc, ClaimRole.MechanismToOutcome, mechanism, outcome, allContexts);
        }

        undecided = NoneUndecided;

        // A moderator that names its own mechanism acts through it: moderator → mechanism.
        foreach (var claim in cmocs.Cast<ClaimSymbol>().Concat(links))
        {
            foreach (var moderator in claim.Moderators)
            {
                if (moderator.Mechanisms.IsEmpty)
                    continue;
                var circumstances = Circumstances(claim, []);
                foreach (var mechanism in moderator.Mechanisms)
                    Add(claim, ClaimRole.ModeratorToMechanism, moderator.Term, mechanism, circumstances);
            }
        }

        foreach (var link in links)
        {
            if (link.Source is not { } source)
                continue;
            var circumstances = Circumstances(link, []);
            foreach (var target in link.Targets)
                Add(link, ClaimRole.Link, source, target, circumstances);
        }

        var edges = order.Select(key => new CausalEdge(constructs[key.Item1], constructs[key.Item2], [.. claimsByEdge[key]]));
        return new CausalWeb(constructs, [.. edges]);
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

    private static List<string> OtherContexts(ImmutableArray<Term> contexts, Term? context)
    {
        var others = new List<string>(contexts.Length);
        foreach (var c in contexts)
            if (c != context)
                others.Add("context " + c);
        return others;
    }

    /// <summary>What distinguishes a claim: its conditions, scope, stage and the contexts beside the edge's source.</summary>
    private static string Circumstances(ClaimSymbol claim, List<string> contexts)
    {
        // Most claims have one or two parts; a list and one sort beat a LINQ pipeline per edge claim.
        var parts = new List<string>();
        foreach (var condition in claim.Conditions)
            parts.Add(condition.ToString());
        foreach (var type in claim.Scope)
            parts.Add("for " + type.QualifiedName);
        parts.AddRange(contexts);
        if (claim.Stage is { IsAtemporal: false } stage)
            parts.Add("stage " + stage.Name);
        if (parts.Count == 0)
            return "";
        if (parts.Count == 1)
            return parts[0];
        parts.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(parts.Count) { parts[0] };
        for (var i = 1; i < parts.Count; i++)
            if (!string.Equals(parts[i], parts[i - 1], StringComparison.Ordinal))
                distinct.Add(parts[i]);
        return string.Join("; ", distinct);
    }
}
