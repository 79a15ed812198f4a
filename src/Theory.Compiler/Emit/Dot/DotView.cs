namespace Theory.Emit.Dot;

/// <summary>The whole-theory diagrams <see cref="DotEmitter.Emit"/> draws (one construct's neighbourhood is <see cref="DotEmitter.EmitFocus"/>).</summary>
public enum DotView
{
    /// <summary>The causal web: constructs as nodes, signed edges labelled with the claims behind them.</summary>
    Web,

    /// <summary>Each CMOC as a C | M | O record, joined where one's outcome is another's context.</summary>
    Chains,

    /// <summary>
    /// One node per top-level group (and per stage for constructs outside groups), with the edges
    /// between them counted by sign: the theory at a glance, and a page-width figure of a large web.
    /// </summary>
    Summary,
}
