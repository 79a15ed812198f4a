using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>One construct and everything within <c>depth</c> edges of it (either direction) in the causal web.</summary>
internal static class FocusGraphEmitter
{
    public static string Emit(Compilation compilation, ConstructSymbol focus, int depth, EmitOptions options)
    {
        var web = compilation.Web;
        var distance = new Dictionary<ConstructSymbol, int> { [focus] = 0 };
        var queue = new Queue<ConstructSymbol>();
        queue.Enqueue(focus);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (distance[at] >= depth)
                continue;
            foreach (var next in web.GetOutgoingEdges(at).Select(e => e.To).Concat(web.GetIncomingEdges(at).Select(e => e.From)))
            {
                if (distance.ContainsKey(next))
                    continue;
                distance[next] = distance[at] + 1;
                queue.Enqueue(next);
            }
        }

        var roles = ConstructRoles.Compute(compilation);
        var loops = LoopTags.For(compilation);
        var diagram = options.Diagram ?? DiagramOptions.Default;
        var writer = new DotWriter();
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation) + ".focus." + focus.Name,
            TheoryNames.Title(compilation) + " — around " + focus.DisplayName + " (depth " + depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", diagram);

        // Declaration order, not discovery order, so the output does not depend on edge ordering.
        foreach (var construct in compilation.Constructs.Where(distance.ContainsKey))
            DotStyle.ConstructNode(writer, construct, roles[construct], diagram, emphasised: construct == focus);
        writer.Line();
        foreach (var edge in web.Edges.Where(e => distance.ContainsKey(e.From) && distance.ContainsKey(e.To)))
            WebGraphEmitter.WriteEdge(writer, edge, loops, diagram);
        writer.Close();
        return writer.ToString();
    }
}
