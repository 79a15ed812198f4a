namespace Theory.Emit.Dot;

/// <summary>The diagrams of a theory that <see cref="DotEmitter"/> draws.</summary>
public enum DotView
{
    /// <summary>The causal web: constructs as nodes, signed edges labelled with the claims behind them.</summary>
    Web,

    /// <summary>Each CMOC as a C | M | O record, joined where one's outcome is another's context.</summary>
    Chains,

    /// <summary>One construct and its neighbourhood in the web, to a given depth.</summary>
    Focus,
}
