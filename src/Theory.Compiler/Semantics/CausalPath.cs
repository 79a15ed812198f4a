using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>A path through the web; its net sign is the product of its edges' signs.</summary>
public sealed class CausalPath
{
    public CausalPath(ImmutableArray<CausalEdge> edges)
    {
        if (edges.IsDefaultOrEmpty)
            throw new ArgumentException("A path has at least one edge.", nameof(edges));
        Edges = edges;
        Sign = edges.Aggregate(Sign.Positive, (sign, edge) => sign.Times(edge.Sign));
    }

    /// <summary>A path read in the web of a circumstance, where its edges may have other signs.</summary>
    internal CausalPath(ImmutableArray<CausalEdge> edges, Sign sign)
    {
        Edges = edges;
        Sign = sign;
    }

    public ImmutableArray<CausalEdge> Edges { get; }

    public Sign Sign { get; }

    public IEnumerable<ConstructSymbol> Constructs => Edges.Select(e => e.From).Append(Edges[^1].To);

    public override string ToString() => string.Join(" -> ", Constructs.Select(c => c.Name));
}
