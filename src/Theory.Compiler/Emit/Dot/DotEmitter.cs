using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>Graphviz DOT diagrams of a compiled theory. Output is deterministic, UTF-8 text with LF line ends.</summary>
public static class DotEmitter
{
    /// <summary>The causal web (<see cref="DotView.Web"/>), the CMOC chains (<see cref="DotView.Chains"/>) or the summary (<see cref="DotView.Summary"/>).</summary>
    public static string Emit(Compilation compilation, DotView view, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        return view switch
        {
            DotView.Web => WebGraphEmitter.Emit(compilation, options),
            DotView.Chains => ChainsGraphEmitter.Emit(compilation, options),
            DotView.Summary => SummaryGraphEmitter.Emit(compilation, options),
            _ => throw new ArgumentException("The focus view needs a construct: use EmitFocus.", nameof(view)),
        };
    }

    /// <summary>
    /// Whether the summary view says anything: it needs at least two boxes, so the theory must
    /// declare groups, or stages its claims fall in. A flat theory's summary is one box.
    /// </summary>
    public static bool CanSummarise(Compilation compilation) =>
        SummaryUnits.Compute(compilation ?? throw new ArgumentNullException(nameof(compilation))).All.Count >= 2;

    /// <summary>The neighbourhood of <paramref name="focus"/> to <paramref name="depth"/> edges in either direction.</summary>
    public static string EmitFocus(Compilation compilation, ConstructSymbol focus, int depth = 1, EmitOptions? options = null)
    {
        if (depth < 0)
            throw new ArgumentOutOfRangeException(nameof(depth), "The depth cannot be negative.");
        return FocusGraphEmitter.Emit(compilation, focus, depth, options ?? EmitOptions.Default);
    }
}
