using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The visual vocabulary shared by the views: node shape and colour by role, edge colour by sign.
/// Colours are chosen to stay distinguishable in greyscale print (fill lightness differs by role).
/// </summary>
internal static class DotStyle
{
    public const string Font = "\"Helvetica,Arial,sans-serif\"";

    /// <summary>
    /// Which of the five looks a role is drawn with: mechanism (in any claim), outcome and context,
    /// outcome, context, or neither (only in links, or in no claim) as <see cref="ConstructRole.None"/>.
    /// </summary>
    public static ConstructRole Look(ConstructRole role) =>
        role.HasFlag(ConstructRole.Mechanism) ? ConstructRole.Mechanism
        : role.HasFlag(ConstructRole.Context) && role.HasFlag(ConstructRole.Outcome) ? ConstructRole.Context | ConstructRole.Outcome
        : role.HasFlag(ConstructRole.Outcome) ? ConstructRole.Outcome
        : role.HasFlag(ConstructRole.Context) ? ConstructRole.Context
        : ConstructRole.None;

    public static (string Shape, string Style, string Fill) ForRole(ConstructRole role) => Look(role) switch
    {
        ConstructRole.Mechanism => ("ellipse", "filled", "\"#fde2c8\""),
        ConstructRole.Context | ConstructRole.Outcome => ("box", "\"rounded,filled\"", "\"#e6ddf3\""),
        ConstructRole.Outcome => ("box", "\"rounded,filled\"", "\"#d8efd3\""),
        ConstructRole.Context => ("box", "filled", "\"#dbe9f6\""),
        _ => ("box", "\"filled,dotted\"", "\"#f2f2f2\""),
    };

    /// <summary>What a node's look means, for the legend.</summary>
    public static string LookText(ConstructRole role) => Look(role) switch
    {
        ConstructRole.Mechanism => "mechanism",
        ConstructRole.Context | ConstructRole.Outcome => "outcome and context",
        ConstructRole.Outcome => "outcome",
        ConstructRole.Context => "context",
        _ => "only in links (or in no claim)",
    };

    public static string RoleText(ConstructRole role)
    {
        var parts = new List<string>();
        if (role.HasFlag(ConstructRole.Context))
            parts.Add("context");
        if (role.HasFlag(ConstructRole.Mechanism))
            parts.Add("mechanism");
        if (role.HasFlag(ConstructRole.Outcome))
            parts.Add("outcome");
        if (role.HasFlag(ConstructRole.Linked))
            parts.Add("linked");
        return parts.Count == 0 ? "unused" : string.Join(", ", parts);
    }

    public static string ColourFor(Sign sign) => sign switch
    {
        Sign.Positive => "\"#1b6e3a\"",
        Sign.Negative => "\"#b2182b\"",
        _ => "\"#6b6b6b\"",
    };

    public static void Header(DotWriter writer, Semantics.Compilation compilation, string graphName, string title, DiagramOptions diagram)
    {
        if (compilation.HasErrors)
            writer.Line("// BUILT FROM AN INVALID THEORY: the theory has errors, so this diagram describes an invalid theory.");
        writer.Open("digraph " + DotText.Id(graphName));
        var label = compilation.HasErrors ? title + " — BUILT FROM AN INVALID THEORY" : title;
        writer.Statement("graph", ("rankdir", diagram.Direction == DiagramDirection.TopToBottom ? "TB" : "LR"),
            ("label", DotText.Quote(label)), ("labelloc", "t"),
            ("fontname", Font), ("fontsize", Points(TitleSize(diagram))), ("newrank", "true"), ("compound", "true"),
            ("nodesep", diagram.Compact ? "0.12" : "0.3"), ("ranksep", diagram.Compact ? "0.25" : "0.6"));
        writer.Statement("node", ("fontname", Font), ("fontsize", Points(diagram.FontSize)),
            ("margin", diagram.Compact ? "\"0.06,0.03\"" : ""));
        writer.Statement("edge", ("fontname", Font), ("fontsize", Points(SmallSize(diagram))));
    }

    /// <summary>
    /// Above this many nodes (constructs in the web, CMOCs in the chains view) a diagram is drawn
    /// for speed (<see cref="ForSpeed"/>): a map to search on a screen, not a figure for a page.
    /// </summary>
    internal const int LargeDiagramNodes = 150;

    /// <summary>
    /// For a diagram of more than <see cref="LargeDiagramNodes"/> nodes: `dot`
    /// stops refining crossings and positions early. Measured on generated corpora: a 1,008-construct
    /// web 38 s → 6 s, the 1,600-CMOC chains view 52 s → 10 s. Such a diagram is searched on a
    /// screen, not read on a page.
    /// </summary>
    public static void ForSpeed(DotWriter writer) =>
        writer.Statement("graph", ("mclimit", "0.1"), ("nslimit", "1"), ("nslimit1", "1"));

    /// <summary>
    /// Edge labels, cluster titles and the legend: two points under node text on a map, the same
    /// size in a figure, whose smallest text is the size a journal asks for.
    /// </summary>
    public static double SmallSize(DiagramOptions diagram) => diagram.Compact ? diagram.FontSize : Math.Max(1, diagram.FontSize - 2);

    public static double TitleSize(DiagramOptions diagram) => diagram.Compact ? diagram.FontSize + 2 : diagram.FontSize + 5;

    public static string Points(double size) => size.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static void ConstructNode(DotWriter writer, ConstructSymbol construct, ConstructRole role, DiagramOptions diagram, bool emphasised = false)
    {
        var (shape, style, fill) = ForRole(role);
        var tooltip = construct.Name + " (" + RoleText(role) + (construct.ConstructKind == ConstructKind.Unspecified ? "" : "; " + construct.ConstructKind.ToString().ToLowerInvariant()) + ")"
            + (string.IsNullOrEmpty(construct.Description) ? "" : ": " + construct.Description);
        writer.Statement(DotText.Id(construct.Name),
            ("id", DotText.Quote(NodeId(construct))),
            ("label", DotText.Wrapped(construct.DisplayName, diagram.WrapColumns)),
            ("shape", shape), ("style", style), ("fillcolor", fill),
            ("penwidth", emphasised ? "3" : ""),
            ("tooltip", DotText.Quote(tooltip)));
    }

    /// <summary>The SVG id of a construct's node: stable across builds, so the report and links can name it.</summary>
    public static string NodeId(ConstructSymbol construct) => "construct:" + construct.Name;

    /// <summary>The SVG id of an edge of the web.</summary>
    public static string EdgeId(Semantics.CausalEdge edge) => "edge:" + edge.From.Name + "->" + edge.To.Name;
}
