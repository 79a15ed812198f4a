using System.Collections.Immutable;
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
    public static CausalWeb Build(ImmutableArray<ConstructSymbol> constructs, IEnumerable<CmocSymbol> cmocs, IEnumerable<LinkSymbol> links)
    {
        var claimsByEdge = new Dictionary<(int, int), List<EdgeClaim>>();
        var order = new List<(int, int)>();

        void Add(ClaimSymbol claim, ClaimRole role, Term from, Term to, IEnumerable<string> context)
        {
            if (from.Construct is null || to.Construct is null || claim.Status == ClaimStatus.Refuted)
                return;
            var sign = from.Qualifier.ToSign(isSource: role is ClaimRole.ContextToMechanism or ClaimRole.ContextToOutcome or ClaimRole.Link)
                .Times(to.Qualifier.ToSign(isSource: false));
            var key = (from.Construct.Index, to.Construct.Index);
            if (!claimsByEdge.TryGetValue(key, out var list))
            {
                claimsByEdge[key] = list = [];
                order.Add(key);
            }

            var location = to.Syntax.GetLocation()!;
            list.Add(new EdgeClaim(claim, role, from, to, sign, Circumstances(claim, context), location));
        }

        foreach (var cmoc in cmocs)
        {
            if (cmoc.Mechanisms.IsEmpty)
            {
                foreach (var context in cmoc.Contexts)
                    foreach (var outcome in cmoc.Outcomes)
                        Add(cmoc, ClaimRole.ContextToOutcome, context, outcome, OtherContexts(cmoc, context));
                continue;
            }

            foreach (var context in cmoc.Contexts)
                foreach (var mechanism in cmoc.Mechanisms)
                    Add(cmoc, ClaimRole.ContextToMechanism, context, mechanism, OtherContexts(cmoc, context));
            foreach (var mechanism in cmoc.Mechanisms)
                foreach (var outcome in cmoc.Outcomes)
                    Add(cmoc, ClaimRole.MechanismToOutcome, mechanism, outcome, cmoc.Contexts.Select(c => "context " + c));
        }

        foreach (var link in links)
            if (link.Source is { } source)
                foreach (var target in link.Targets)
                    Add(link, ClaimRole.Link, source, target, []);

        var edges = order.Select(key => new CausalEdge(constructs[key.Item1], constructs[key.Item2], [.. claimsByEdge[key]]));
        return new CausalWeb(constructs, [.. edges]);
    }

    private static IEnumerable<string> OtherContexts(CmocSymbol cmoc, Term context) =>
        cmoc.Contexts.Where(c => c != context).Select(c => "context " + c);

    /// <summary>What distinguishes a claim: its conditions, scope, stage and the contexts beside the edge's source.</summary>
    private static string Circumstances(ClaimSymbol claim, IEnumerable<string> contexts)
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
