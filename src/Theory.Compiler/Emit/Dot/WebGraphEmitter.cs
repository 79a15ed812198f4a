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
    /// <summary>
    /// A web of more than <see cref="DotStyle.LargeDiagramNodes"/> constructs is drawn for speed:
    /// stages keep only their anchors' order (a constraint edge per construct made `dot` take 83 s
    /// at 324 constructs, against 4 s without) and `dot` stops refining crossings and positions
    /// early (1,008 constructs: 38 s → 6 s). Such a web is a map to search, not a figure; the
    /// summary view is the figure.
    /// </summary>
    private static bool IsLarge(Compilation compilation) => compilation.Constructs.Length > DotStyle.LargeDiagramNodes;

    public static string Emit(Compilation compilation, EmitOptions options)
    {
        var writer = new DotWriter();
        Write(compilation, options, writer);
        return writer.ToString();
    }

    public static void Write(Compilation compilation, EmitOptions options, DotWriter writer)
    {
        var diagram = options.Diagram ?? DiagramOptions.Default;
        var roles = ConstructRoles.Compute(compilation);
        var loops = LoopTags.For(compilation);
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation), TheoryNames.Title(compilation), diagram);
        if (IsLarge(compilation))
            DotStyle.ForSpeed(writer);

        var clusters = new Dictionary<ConstructSymbol, string>();
        WriteNodes(writer, compilation, roles, clusters, diagram);
        writer.Line();
        var pairs = new HashSet<(ConstructSymbol, ConstructSymbol)>(compilation.Web.Edges.Select(e => (e.From, e.To)));
        foreach (var edge in compilation.Web.Edges)
            WriteEdge(writer, edge, loops, diagram, reversed: IsSecondOfTwoCycle(edge, pairs));
        WriteGroupLinks(writer, compilation, clusters);
        writer.Line();
        DotLegend.Write(writer, compilation, roles, loops, diagram);
        writer.Close();
    }

    /// <summary>
    /// Of the two edges A → B and B → A, the one running against declaration order. Graphviz lays a
    /// two-cycle's edges on one path and prints both labels at the same place; written as A → B with
    /// the arrow at the tail (<c>dir=back</c>), it becomes a parallel edge with its own label.
    /// </summary>
    private static bool IsSecondOfTwoCycle(CausalEdge edge, HashSet<(ConstructSymbol, ConstructSymbol)> pairs) =>
        edge.From != edge.To && pairs.Contains((edge.To, edge.From)) && edge.From.Declaration is { } from && edge.To.Declaration is { } to
        && Compare(from, to) > 0;

    private static int Compare(Syntax.SyntaxNode left, Syntax.SyntaxNode right)
    {
        var byFile = string.CompareOrdinal(left.SyntaxTree?.Text.FilePath, right.SyntaxTree?.Text.FilePath);
        return byFile != 0 ? byFile : left.Span.Start.CompareTo(right.Span.Start);
    }

    internal static void WriteEdge(DotWriter writer, CausalEdge edge, LoopTags loops, DiagramOptions diagram, bool reversed = false)
    {
        var onLoop = loops.TagsOn(edge).Count > 0;
        var necessary = EdgeMarks.IsNecessary(edge);
        var head = edge.Sign == Sign.Negative ? "tee" : "";
        var tail = necessary ? "dot" : "";
        var label = loops.LabelOf(edge);
        var ends = reversed ? DotText.Id(edge.To.Name) + " -> " + DotText.Id(edge.From.Name) : DotText.Id(edge.From.Name) + " -> " + DotText.Id(edge.To.Name);
        writer.Statement(ends,
            ("id", DotText.Quote(DotStyle.EdgeId(edge))),
            ("label", DotText.Quote(diagram.ClaimLabels ? label : loops.ShortLabelOf(edge))),
            // The plain SVG shows what an edge claims on hover, as the report's panel does on a click.
            ("tooltip", DotText.Quote(edge.From.DisplayName + " → " + edge.To.DisplayName + " (" + label + ")")),
            ("color", DotStyle.ColourFor(edge.Sign)),
            ("fontcolor", DotStyle.ColourFor(edge.Sign)),
            ("style", EdgeMarks.IsModeration(edge) ? "dotted" : edge.IsConditional ? "dashed" : ""),
            ("penwidth", onLoop ? "2.5" : ""),
            // A dot at the tail marks a necessary factor, as in the notations of necessary conditions.
            ("dir", reversed ? (necessary ? "both" : "back") : necessary ? "both" : ""),
            ("arrowhead", reversed ? (necessary ? "dot" : "none") : head),
            ("arrowtail", reversed ? (head.Length > 0 ? head : "normal") : tail));
    }

    /// <summary>
    /// Constructs go into the cluster of the earliest stage whose claims mention them (stages then
    /// read left to right), and inside it into the cluster of the group they are declared in.
    /// </summary>
    private static void WriteNodes(DotWriter writer, Compilation compilation, Dictionary<ConstructSymbol, ConstructRole> roles,
        Dictionary<ConstructSymbol, string> clusters, DiagramOptions diagram)
    {
        var stageOf = ConstructStages.Earliest(compilation);
        var stages = compilation.Stages.Where(s => !s.IsAtemporal).OrderBy(s => s.Order).ToList();
        var groupIndex = compilation.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);

        for (var s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            var members = compilation.Constructs.Where(c => stageOf.TryGetValue(c, out var st) && st == stage).ToList();
            StageRanks.Open(writer, s, s + 1, stage, diagram);
            WriteGrouped(writer, members, roles, groupIndex, "cluster_stage_" + s.ToString(CultureInfo.InvariantCulture) + "_group_", clusters, diagram);
            writer.Close();
        }

        var unstaged = compilation.Constructs.Where(c => !stageOf.ContainsKey(c)).ToList();
        WriteGrouped(writer, unstaged, roles, groupIndex, "cluster_group_", clusters, diagram);

        StageRanks.Order(writer, stages.Count, IsLarge(compilation) ? null
            : s => compilation.Constructs.Where(c => stageOf.TryGetValue(c, out var st) && st == stages[s]).Select(c => c.Name));
    }

    private static void WriteGrouped(DotWriter writer, List<ConstructSymbol> constructs, Dictionary<ConstructSymbol, ConstructRole> roles,
        Dictionary<GroupSymbol, int> groupIndex, string clusterPrefix, Dictionary<ConstructSymbol, string> clusters, DiagramOptions diagram)
    {
        // Bucketed once: asking each group for its constructs was quadratic on large theories.
        var members = constructs.Where(c => c.Group is not null).ToLookup(c => c.Group!);
        foreach (var group in members.Select(m => m.Key).OrderBy(g => groupIndex[g]))
        {
            writer.Open("subgraph " + DotText.Id(clusterPrefix + groupIndex[group].ToString(CultureInfo.InvariantCulture)));
            writer.Statement("graph", ("label", DotText.Wrapped(GroupTitles.Of(group), diagram.WrapColumns * 2)), ("style", "rounded"),
                ("color", "\"#c5cae9\""), ("fontsize", DotStyle.Points(DotStyle.SmallSize(diagram) + 1)));
            foreach (var construct in members[group])
            {
                DotStyle.ConstructNode(writer, construct, roles[construct], diagram);
                clusters[construct] = clusterPrefix + groupIndex[group].ToString(CultureInfo.InvariantCulture);
            }

            writer.Close();
        }

        foreach (var construct in constructs.Where(c => c.Group is null))
            DotStyle.ConstructNode(writer, construct, roles[construct], diagram);
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
            if (!link.InvolvesGroups)
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
}
