namespace Theory.Emit.Dot;

/// <summary>
/// How a diagram is drawn: the text size, label wrapping, direction and how much edges say. The
/// default is the analyst's map (every claim on its edge, left to right); a publication figure
/// (<see cref="Figure"/>) wraps labels and keeps edge labels to the sign, so the drawing fits a page.
/// </summary>
public sealed class DiagramOptions
{
    /// <summary>The analyst's map: 11 pt text, unwrapped labels, claims on the edges, left to right.</summary>
    public static DiagramOptions Default { get; } = new();

    /// <summary>Point size of node text; edge labels, cluster titles and the legend are sized from it.</summary>
    public double FontSize { get; init; } = 11;

    /// <summary>Wrap node labels at about this many characters (0: one line per label).</summary>
    public int WrapColumns { get; init; }

    /// <summary>Which way causes flow: left to right (stages as columns) or top to bottom (stages as rows).</summary>
    public DiagramDirection Direction { get; init; } = DiagramDirection.LeftToRight;

    /// <summary>
    /// Whether an edge's label names the claims behind it. A figure shows only the sign (the claims
    /// stay in the tooltip, the report and the CMOC table), so labels stay short and never overprint.
    /// </summary>
    public bool ClaimLabels { get; init; } = true;

    /// <summary>Tighter spacing between nodes and ranks, for figures.</summary>
    public bool Compact { get; init; }

    /// <summary>A publication figure whose smallest text is <paramref name="fontSize"/> points, drawn in <paramref name="direction"/>.</summary>
    public static DiagramOptions Figure(double fontSize, DiagramDirection direction) => new()
    {
        FontSize = fontSize,
        WrapColumns = 18,
        Direction = direction,
        ClaimLabels = false,
        Compact = true,
    };
}
