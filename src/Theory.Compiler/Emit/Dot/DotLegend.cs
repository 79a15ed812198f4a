using System.Globalization;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The web's key, drawn inside the figure as journals ask: a sample of every node look and edge
/// style the diagram uses, and only those, each beside what it means.
/// </summary>
internal static class DotLegend
{
    public static void Write(DotWriter writer, Compilation compilation, Dictionary<ConstructSymbol, ConstructRole> roles, LoopTags loops,
        DiagramOptions diagram)
    {
        var web = compilation.Web;
        var size = DotStyle.Points(DotStyle.SmallSize(diagram));
        writer.Open("subgraph " + DotText.Id("cluster_legend"));
        writer.Statement("graph", ("label", DotText.Quote("Key")), ("style", "rounded"), ("color", "\"#bdbdbd\""), ("fontsize", size));

        // Node looks, in a fixed order, for the roles that occur.
        var looks = new[]
        {
            ConstructRole.Context, ConstructRole.Mechanism, ConstructRole.Outcome, ConstructRole.Context | ConstructRole.Outcome, ConstructRole.None,
        };
        var used = roles.Values.Select(DotStyle.Look).ToHashSet();
        var n = 0;
        foreach (var role in looks.Where(used.Contains))
        {
            var (shape, style, fill) = DotStyle.ForRole(role);
            writer.Statement(DotText.Id("__legend_node_" + (n++).ToString(CultureInfo.InvariantCulture)),
                ("label", DotText.Wrapped(DotStyle.LookText(role), diagram.WrapColumns)), ("shape", shape), ("style", style), ("fillcolor", fill),
                ("fontsize", size));
        }

        // Edge styles, each a short sample edge labelled with its meaning.
        var samples = new List<(string Meaning, (string Name, string Value)[] Look)>();
        var signs = web.Edges.Select(e => e.Sign).ToHashSet();
        if (signs.Contains(Sign.Positive))
            samples.Add(("+ more gives more", [("color", DotStyle.ColourFor(Sign.Positive)), ("fontcolor", DotStyle.ColourFor(Sign.Positive))]));
        if (signs.Contains(Sign.Negative))
            samples.Add(("- more gives less", [("color", DotStyle.ColourFor(Sign.Negative)), ("fontcolor", DotStyle.ColourFor(Sign.Negative)), ("arrowhead", "tee")]));
        if (signs.Contains(Sign.Indeterminate))
            samples.Add(("? effect unknown or mixed", [("color", DotStyle.ColourFor(Sign.Indeterminate)), ("fontcolor", DotStyle.ColourFor(Sign.Indeterminate))]));
        if (web.Edges.Any(e => EdgeMarks.SignText(e) == "="))
            samples.Add(("= target maintained", [("color", DotStyle.ColourFor(Sign.Positive)), ("fontcolor", DotStyle.ColourFor(Sign.Positive))]));
        if (web.Edges.Any(e => e.IsConditional && !EdgeMarks.IsModeration(e)))
            samples.Add(("only when a condition holds", [("style", "dashed")]));
        if (web.Edges.Any(EdgeMarks.IsModeration))
            samples.Add(("a moderator's own mechanism", [("style", "dotted")]));
        if (web.Edges.Any(EdgeMarks.IsNecessary))
            samples.Add(("necessary factor", [("dir", "both"), ("arrowtail", "dot")]));
        if (loops.Loops.Length > 0)
            samples.Add(("on a feedback loop", [("penwidth", "2.5")]));
        if (HasGroupLinks(compilation))
            samples.Add(("link between groups", [("color", "\"#757575\""), ("fontcolor", "\"#757575\""), ("style", "bold")]));
        for (var i = 0; i < samples.Count; i++)
        {
            var id = "__legend_edge_" + i.ToString(CultureInfo.InvariantCulture);
            writer.Statement(DotText.Id(id + "_from"), ("shape", "point"), ("width", "0.04"), ("color", "\"#9e9e9e\""));
            writer.Statement(DotText.Id(id + "_to"), ("shape", "point"), ("width", "0.04"), ("color", "\"#9e9e9e\""));
            writer.Statement(DotText.Id(id + "_from") + " -> " + DotText.Id(id + "_to"),
                [("label", DotText.Quote(samples[i].Meaning)), ("fontsize", size), .. samples[i].Look]);
        }

        var lines = new List<string>();
        if (diagram.ClaimLabels)
            lines.Add("edge label: sign, then the claims that assert it");
        if (web.Edges.Any() && web.Edges.All(e => e.Sign == Sign.Indeterminate))
            lines.Add("No claim gives a sign (+ or -), so every edge is grey.");
        foreach (var (loop, tag, polarity) in loops.Loops)
            lines.Add(tag + ": " + loop.DisplayName + " (" + polarity.ToString().ToLowerInvariant() + " loop)");
        if (lines.Count > 0)
        {
            var label = string.Concat(lines.Select(l => DotText.EscapeLabel(DotText.Clip(l)) + "\\l"));
            writer.Statement(DotText.Id("__legend_text"), ("label", DotText.Chunked(label)), ("shape", "plaintext"), ("fontsize", size));
        }

        writer.Close();
    }

    private static bool HasGroupLinks(Compilation compilation) =>
        compilation.Links.Any(l => l.Status != ClaimStatus.Refuted && l.InvolvesGroups);
}
