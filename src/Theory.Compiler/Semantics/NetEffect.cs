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
    public static NetEffect Of(IEnumerable<CausalPath> paths)
    {
        var signs = paths.Select(p => p.Sign).Distinct().ToList();
        return signs.Count switch
        {
            0 => NetEffect.None,
            1 => signs[0] switch
            {
                Sign.Positive => NetEffect.Positive,
                Sign.Negative => NetEffect.Negative,
                _ => NetEffect.Indeterminate,
            },
            _ => NetEffect.Ambiguous,
        };
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
