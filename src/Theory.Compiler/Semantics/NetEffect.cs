using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>What a set of causal paths says one construct does to another, taken together.</summary>
public enum NetEffect
{
    /// <summary>No path: the web says nothing about it.</summary>
    None,

    /// <summary>Every path raises the effect.</summary>
    Positive,

    /// <summary>Every path lowers the effect.</summary>
    Negative,

    /// <summary>The paths agree on no sign because some edge's sign is unknown or mixed.</summary>
    Indeterminate,

    /// <summary>Some paths raise it and others lower it: which dominates is an empirical question.</summary>
    Ambiguous,
}

/// <summary>The net effect of paths.</summary>
public static class NetEffects
{
    public static NetEffect Of(IEnumerable<CausalPath> paths) => OfSigns(paths.Select(p => p.Sign));

    /// <summary>The net effect of paths with these net signs.</summary>
    public static NetEffect OfSigns(IEnumerable<Sign> pathSigns)
    {
        var signs = pathSigns.ToHashSet();
        if (signs.Count == 0)
            return NetEffect.None;
        // Paths of both definite signs make it ambiguous whatever the unsigned ones do; an unsigned
        // path beside paths of one sign leaves the net effect unknown, not that sign.
        if (signs.Contains(Sign.Positive) && signs.Contains(Sign.Negative))
            return NetEffect.Ambiguous;
        if (signs.Contains(Sign.Indeterminate))
            return NetEffect.Indeterminate;
        return signs.Contains(Sign.Positive) ? NetEffect.Positive : NetEffect.Negative;
    }

    /// <summary>How the effect reads in a sentence ("Net effect: …").</summary>
    public static string Describe(this NetEffect effect) => effect switch
    {
        NetEffect.None => "none: no causal path",
        NetEffect.Positive => "positive",
        NetEffect.Negative => "negative",
        NetEffect.Indeterminate => "indeterminate (an edge's sign is unknown or mixed)",
        _ => "ambiguous: the paths disagree, so the net effect depends on which dominates",
    };
}
