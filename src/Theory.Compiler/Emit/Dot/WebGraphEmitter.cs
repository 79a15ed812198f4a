using System.Globalization;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The causal web as DOT: constructs shaped and coloured by role, signed edges labelled with the
/// claims that assert them (dashed when conditional), declared loops highlighted and tagged R/B,
/// stages as clusters ordered left to right with groups nested inside them, and a legend.
/// </summary>
internal static class WebGraphEmitter
{
    public static string Emit(Compilation compilation, EmitOptions options)
    {
        var writer = new DotWriter();
        var roles = ConstructRoles.Compute(compilation);
        var loops = LoopTags.For(compilation);
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation), TheoryNames.Title(compilation));

        var clusters = new Dictionary<ConstructSymbol, string>();
        WriteNodes(writer, compilation, roles, clusters);
        writer.Line();
        foreach (var edge in compilation.Web.Edges)
            WriteEdge(writer, edge, loops);
        WriteGroupLinks(writer, compilation, clusters);
        writer.Line();
        WriteLegend(writer, loops, compilation.Web);
        writer.Close();
        return writer.ToString();
    }

    internal static void WriteEdge(DotWriter writer, CausalEdge edge, LoopTags loops)
    {
        var onLoop = loops.TagsOn(edge).Count > 0;
        var necessary = EdgeMarks.IsNecessary(edge);
        writer.Statement(DotText.Id(edge.From.Name) + " -> " + DotText.Id(edge.To.Name),
            ("id", DotText.Quote(DotStyle.EdgeId(edge))),
            ("label", DotText.Quote(loops.LabelOf(edge))),
            // The plain SVG shows what an edge claims on hover, as the report's panel does on a click.
            ("tooltip", DotText.Quote(edge.From.DisplayName + " → " + edge.To.DisplayName + " (" + loops.LabelOf(edge) + ")")),
            ("color", DotStyle.ColourFor(edge.Sign)),
            ("fontcolor", DotStyle.ColourFor(edge.Sign)),
            ("style", EdgeMarks.IsModeration(edge) ? "dotted" : edge.IsConditional ? "dashed" : ""),
            ("penwidth", onLoop ? "2.5" : ""),
            ("arrowhead", edge.Sign == Sign.Negative ? "tee" : ""),
            // A dot at the tail marks a necessary factor, as in the notations of necessary conditions.
            ("dir", necessary ? "both" : ""),
            ("arrowtail", necessary ? "dot" : ""));
    }

    /// <summary>
    /// Constructs go into the cluster of the earliest stage whose claims mention them (stages then
    /// read left to right), and inside it into the cluster of the group they are declared in.
    /// </summary>
    private static void WriteNodes(DotWriter writer, Compilation compilation, Dictionary<ConstructSymbol, ConstructRole> roles,
        Dictionary<ConstructSymbol, string> clusters)
    {
        var stageOf = EarliestStages(compilation);
        var stages = compilation.Stages.Where(s => !s.IsAtemporal).OrderBy(s => s.Order).ToList();
        var groupIndex = compilation.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);

        for (var s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            var members = compilation.Constructs.Where(c => stageOf.TryGetValue(c, out var st) && st == stage).ToList();
            writer.Open("subgraph " + DotText.Id("cluster_stage_" + s.ToString(CultureInfo.InvariantCulture)));
            writer.Statement("graph", ("label", DotText.Quote("Stage: " + stage.DisplayName)), ("style", "\"rounded,dashed\""),
                ("color", "\"#9e9e9e\""), ("fontcolor", "\"#616161\""));
            writer.Statement(DotText.Id("__stage_" + s.ToString(CultureInfo.InvariantCulture)), ("shape", "point"), ("style", "invis"));
            WriteGrouped(writer, members, roles, groupIndex, "cluster_stage_" + s.ToString(CultureInfo.InvariantCulture) + "_group_", clusters);
            writer.Close();
        }

        var unstaged = compilation.Constructs.Where(c => !stageOf.ContainsKey(c)).ToList();
        WriteGrouped(writer, unstaged, roles, groupIndex, "cluster_group_", clusters);

        // Invisible edges between stage anchors keep the stages in order from left to right.
        for (var s = 0; s + 1 < stages.Count; s++)
        {
            writer.Statement(DotText.Id("__stage_" + s.ToString(CultureInfo.InvariantCulture)) + " -> "
                + DotText.Id("__stage_" + (s + 1).ToString(CultureInfo.InvariantCulture)), ("style", "invis"), ("weight", "10"));
        }
    }

    private static void WriteGrouped(DotWriter writer, List<ConstructSymbol> constructs, Dictionary<ConstructSymbol, ConstructRole> roles,
        Dictionary<GroupSymbol, int> groupIndex, string clusterPrefix, Dictionary<ConstructSymbol, string> clusters)
    {
        // Bucketed once: asking each group for its constructs was quadratic on large theories.
        var members = constructs.Where(c => c.Group is not null).ToLookup(c => c.Group!);
        foreach (var group in members.Select(m => m.Key).OrderBy(g => groupIndex[g]))
        {
            writer.Open("subgraph " + DotText.Id(clusterPrefix + groupIndex[group].ToString(CultureInfo.InvariantCulture)));
            writer.Statement("graph", ("label", DotText.Quote(GroupTitle(group))), ("style", "rounded"), ("color", "\"#c5cae9\""));
            foreach (var construct in members[group])
            {
                DotStyle.ConstructNode(writer, construct, roles[construct]);
                clusters[construct] = clusterPrefix + groupIndex[group].ToString(CultureInfo.InvariantCulture);
            }

            writer.Close();
        }

        foreach (var construct in constructs.Where(c => c.Group is null))
            DotStyle.ConstructNode(writer, construct, roles[construct]);
    }

    /// <summary>
    /// Links between groups (`first_domains -> knock_on_domains`) are claims about the groups as
    /// wholes; they are drawn cluster to cluster (Graphviz compound edges), grey and bold, from a
    /// member of each group, and are not part of the construct web.
    /// </summary>
    private static void WriteGroupLinks(DotWriter writer, Compilation compilation, Dictionary<ConstructSymbol, string> clusters)
    {
        foreach (var link in compilation.Links.Where(l => l.Status != ClaimStatus.Refuted))
        {
            if (link.SourceGroup is null && link.TargetGroups.All(g => g is null))
                continue; // construct to construct: already an edge of the web
            var from = link.SourceGroup is { } sourceGroup ? sourceGroup.AllConstructs().FirstOrDefault() : link.Source?.Construct;
            var tail = link.SourceGroup is not null && from is not null ? clusters.GetValueOrDefault(from) : null;

            // Group targets end at their cluster; construct targets of a group source end at the construct.
            var ends = link.TargetGroups.OfType<GroupSymbol>().Select(g => g.AllConstructs().FirstOrDefault())
                .Select(node => (Node: node, Head: node is null ? null : clusters.GetValueOrDefault(node)))
                .Concat(link.SourceGroup is null ? [] : link.Targets.Select(t => (Node: t.Construct, Head: (string?)null)));
            foreach (var (to, head) in ends)
            {
                if (from is null || to is null)
                    continue;
                writer.Statement(DotText.Id(from.Name) + " -> " + DotText.Id(to.Name),
                    ("label", DotText.Quote((link.IsNamed ? link.Name : "link") + " (between groups)")),
                    ("ltail", tail is null ? "" : DotText.Id(tail)),
                    ("lhead", head is null ? "" : DotText.Id(head)),
                    ("color", "\"#757575\""), ("fontcolor", "\"#757575\""), ("style", "bold"));
            }
        }
    }

    private static string GroupTitle(GroupSymbol group) =>
        group.GroupKind.ToKeyword() + ": " + group.DisplayName;

    private static Dictionary<ConstructSymbol, StageSymbol> EarliestStages(Compilation compilation)
    {
        var result = new Dictionary<ConstructSymbol, StageSymbol>();
        foreach (var claim in compilation.Cmocs.Cast<ClaimSymbol>().Concat(compilation.Links))
        {
            if (claim.Status == ClaimStatus.Refuted || claim.Stage is not { IsAtemporal: false } stage)
                continue;
            foreach (var term in claim.Terms)
            {
                if (term.Construct is not { } construct)
                    continue;
                if (!result.TryGetValue(construct, out var current) || stage.Order < current.Order)
                    result[construct] = stage;
            }
        }

        return result;
    }

    private static void WriteLegend(DotWriter writer, LoopTags loops, CausalWeb web)
    {
        writer.Open("subgraph " + DotText.Id("cluster_legend"));
        writer.Statement("graph", ("label", DotText.Quote("Legend")), ("style", "rounded"), ("color", "\"#bdbdbd\""), ("fontsize", "11"));
        var samples = new (string Id, string Text, ConstructRole Role)[]
        {
            ("__legend_context", "context", ConstructRole.Context),
            ("__legend_mechanism", "mechanism", ConstructRole.Mechanism),
            ("__legend_outcome", "outcome", ConstructRole.Outcome),
            ("__legend_chained", "outcome and context", ConstructRole.Context | ConstructRole.Outcome),
        };
        foreach (var (id, text, role) in samples)
        {
            var (shape, style, fill) = DotStyle.ForRole(role);
            writer.Statement(DotText.Id(id), ("label", DotText.Quote(text)), ("shape", shape), ("style", style), ("fillcolor", fill), ("fontsize", "9"));
        }

        var lines = new List<string>
        {
            "edge label: sign, then the claims that assert it",
            "+ more gives more;  - (red, bar head) more gives less;  ? unknown",
            "dashed: holds only under a when/unless condition",
        };
        // What only some theories use is explained only where it is drawn.
        if (web.Edges.Any(e => EdgeMarks.SignText(e) == "="))
            lines.Add("= the target is maintained (kept from falling)");
        if (web.Edges.Any(EdgeMarks.IsNecessary))
            lines.Add("dot at the tail: a necessary factor");
        if (web.Edges.Any(EdgeMarks.IsModeration))
            lines.Add("dotted: a moderator acting through its own mechanism");
        foreach (var (loop, tag, polarity) in loops.Loops)
        {
            lines.Add(tag + ": " + loop.DisplayName + " (" + polarity.ToString().ToLowerInvariant() + " loop, bold edges)");
        }

        var label = string.Concat(lines.Select(l => DotText.EscapeLabel(l) + "\\l"));
        writer.Statement(DotText.Id("__legend_edges"), ("label", "\"" + label + "\""), ("shape", "plaintext"), ("fontsize", "9"));
        writer.Close();
    }
}
