using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// The signed graph of constructs that a theory's claims assert. Nodes are all declared
/// constructs in declaration order; edges are in the order their first claim appears.
/// </summary>
public sealed class CausalWeb
{
    private readonly ImmutableArray<ImmutableArray<CausalEdge>> _outgoing;
    private readonly ImmutableArray<ImmutableArray<CausalEdge>> _incoming;
    private readonly Dictionary<(int, int), CausalEdge> _byEndpoints;

    internal CausalWeb(ImmutableArray<ConstructSymbol> constructs, ImmutableArray<CausalEdge> edges)
    {
        Constructs = constructs;
        Edges = edges;
        var outgoing = new List<CausalEdge>[constructs.Length];
        var incoming = new List<CausalEdge>[constructs.Length];
        for (var i = 0; i < constructs.Length; i++)
        {
            outgoing[i] = [];
            incoming[i] = [];
        }

        _byEndpoints = new Dictionary<(int, int), CausalEdge>(edges.Length);
        foreach (var edge in edges)
        {
            outgoing[edge.From.Index].Add(edge);
            incoming[edge.To.Index].Add(edge);
            _byEndpoints[(edge.From.Index, edge.To.Index)] = edge;
        }

        _outgoing = [.. outgoing.Select(l => l.ToImmutableArray())];
        _incoming = [.. incoming.Select(l => l.ToImmutableArray())];
    }

    public ImmutableArray<ConstructSymbol> Constructs { get; }

    public ImmutableArray<CausalEdge> Edges { get; }

    public ImmutableArray<CausalEdge> GetOutgoingEdges(ConstructSymbol construct) => _outgoing[construct.Index];

    public ImmutableArray<CausalEdge> GetIncomingEdges(ConstructSymbol construct) => _incoming[construct.Index];

    public CausalEdge? GetEdge(ConstructSymbol from, ConstructSymbol to) =>
        _byEndpoints.GetValueOrDefault((from.Index, to.Index));

    /// <summary>
    /// Simple paths of the base web from one construct to another, shortest first, at most
    /// <paramref name="maxLength"/> edges long and at most <paramref name="maxPaths"/> of them: the
    /// web can hold exponentially many. <see cref="SearchPaths"/> also says what was left out.
    /// </summary>
    public ImmutableArray<CausalPath> FindPaths(ConstructSymbol from, ConstructSymbol to, int maxLength = 8, int maxPaths = 100) =>
        SearchPaths(from, to, maxLength, maxPaths).Paths;

    /// <summary>
    /// Simple paths from one construct to another in the web of <paramref name="circumstance"/>
    /// (the base web when null), with each path's sign there, how many paths were found beyond
    /// those listed, and whether the search finished within its step budget.
    /// </summary>
    public PathSearchResult SearchPaths(ConstructSymbol from, ConstructSymbol to, int maxLength = 8, int maxPaths = 100, Circumstance? circumstance = null) =>
        PathFinder.Search(this, from, to, maxLength, maxPaths, circumstance ?? Circumstance.Unconditional);
}
