using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// One way a search may leave a construct: along <see cref="Edge"/>, in the web of
/// <see cref="Circumstance"/> (an id of a <see cref="CircumstanceTable"/>), with the edge's sign
/// there read between the roots of the inverse classes (<see cref="To"/> is a root). An edge whose
/// claims disagree by circumstance gives one step per circumstance in which its sign differs.
/// </summary>
internal readonly record struct SignedStep(CausalEdge Edge, int Circumstance, Sign Sign, int To, bool Uniform)
{
    /// <summary>
    /// The usable steps out of each root construct. Only definite signs are followed, and an edge
    /// within one inverse class (a self-loop, or `a -> inverse of a`) leads nowhere new.
    /// </summary>
    public static SignedStep[][] Build(CausalWeb web, InverseClasses inverses, CircumstanceTable circumstances)
    {
        // Gathered flat, each with the construct it leaves, then grouped by construct once
        // (each construct's steps in the web's order).
        var froms = new List<int>();
        var all = new List<SignedStep>();
        foreach (var edge in web.Edges)
        {
            var from = inverses.RootOf(edge.From);
            var to = inverses.RootOf(edge.To);
            if (from == to)
                continue;
            var uniform = IsUniform(edge);
            if (edge.HoldsUnconditionally && edge.Sign.IsDefinite())
            {
                froms.Add(from);
                all.Add(new SignedStep(edge, CircumstanceTable.Unconditional, inverses.Effective(edge, edge.Sign), to, uniform));
            }

            if (uniform && edge.HoldsUnconditionally)
                continue;
            foreach (var circumstance in edge.Circumstances)
            {
                // A circumstance that cannot hold (TH2108) has no web to search.
                if (circumstance.IsUnconditional || !circumstance.IsSatisfiable || edge.SignUnder(circumstance) is not { } sign || !sign.IsDefinite()
                    || (edge.HoldsUnconditionally && sign == edge.Sign))
                    continue;
                froms.Add(from);
                all.Add(new SignedStep(edge, circumstances.IdOf(circumstance), inverses.Effective(edge, sign), to, uniform));
            }
        }

        return Buckets.Group(all, froms, web.Constructs.Length);
    }

    /// <summary>The step's sign on a path that needs <paramref name="circumstance"/> (which includes the step's own).</summary>
    public Sign? SignUnder(int circumstance, CircumstanceTable circumstances, InverseClasses inverses)
    {
        if (Uniform || circumstance == Circumstance)
            return Sign;
        return circumstances.SignOf(Edge, circumstance) is { } sign && sign.IsDefinite() ? inverses.Effective(Edge, sign) : null;
    }

    // All claims made under one circumstance: the edge has the same sign wherever it holds.
    private static bool IsUniform(CausalEdge edge)
    {
        var first = edge.Claims[0].Circumstance;
        foreach (var claim in edge.Claims)
            if (!ReferenceEquals(claim.Circumstance, first) && !claim.Circumstance.Equals(first))
                return false;
        return true;
    }
}
