namespace Theory.Emit.Dot;

/// <summary>Which way a diagram's causes flow (Graphviz's <c>rankdir</c>).</summary>
public enum DiagramDirection
{
    /// <summary>Causes on the left, effects on the right; stages are columns.</summary>
    LeftToRight,

    /// <summary>Causes at the top, effects below; stages are rows. Narrower, for a page's width.</summary>
    TopToBottom,
}
