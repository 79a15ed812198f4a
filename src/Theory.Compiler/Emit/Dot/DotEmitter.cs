using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>Graphviz DOT diagrams of a compiled theory. Output is deterministic, UTF-8 text with LF line ends.</summary>
public static class DotEmitter
{
    /// <summary>The causal web (<see cref="DotView.Web"/>), the CMOC chains (<see cref="DotView.Chains"/>) or the summary (<see cref="DotView.Summary"/>).</summary>
    public static string Emit(Compilation compilation, DotView view, EmitOptions? options = null)
    {
        var writer = new DotWriter();
        Write(compilation, view, options ?? EmitOptions.Default, writer);
        return writer.ToString();
    }

    /// <summary>
    /// As <see cref="Emit"/>, written to <paramref name="output"/> as it is made: a large theory's
    /// web is tens of megabytes, and `theory build` writes it to its file without holding it whole.
    /// </summary>
    public static void WriteTo(Compilation compilation, DotView view, TextWriter output, EmitOptions? options = null)
    {
        if (output is null)
            throw new ArgumentNullException(nameof(output));
        Write(compilation, view, options ?? EmitOptions.Default, new DotWriter(output));
    }

    private static void Write(Compilation compilation, DotView view, EmitOptions options, DotWriter writer)
    {
        switch (view)
        {
            case DotView.Web:
                WebGraphEmitter.Write(compilation, options, writer);
                break;
            case DotView.Chains:
                ChainsGraphEmitter.Write(compilation, options, writer);
                break;
            case DotView.Summary:
                SummaryGraphEmitter.Write(compilation, options, writer);
                break;
            default:
                throw new ArgumentException("The focus view needs a construct: use EmitFocus.", nameof(view));
        }
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
