using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Numbers the circumstances an analysis meets (0 is unconditional) and remembers which pairs
/// combine, so a search can carry "the circumstance this path needs" as a small integer.
/// </summary>
internal sealed class CircumstanceTable
{
    public const int Unconditional = 0;
    public const int Impossible = -1;

    private readonly List<Circumstance> _byId = [Circumstance.Unconditional];
    private readonly Dictionary<Circumstance, int> _ids = new() { [Circumstance.Unconditional] = Unconditional };
    private readonly Dictionary<(int, int), int> _combined = [];

    public Circumstance this[int id] => _byId[id];

    /// <summary>
    /// A table that numbers the circumstances met so far as this one does, for a search on
    /// another thread: steps built with this table read the same in the copy, and what either
    /// meets later is numbered in that table alone.
    /// </summary>
    public CircumstanceTable Copy()
    {
        var copy = new CircumstanceTable();
        for (var id = 1; id < _byId.Count; id++)
            copy.IdOf(_byId[id]);
        return copy;
    }

    public int IdOf(Circumstance circumstance)
    {
        if (!_ids.TryGetValue(circumstance, out var id))
        {
            id = _byId.Count;
            _byId.Add(circumstance);
            _ids[circumstance] = id;
        }

        return id;
    }

    /// <summary>True when circumstance <paramref name="wider"/> holds wherever <paramref name="narrower"/> does.</summary>
    public bool IsWithin(int narrower, int wider)
    {
        if (wider == Unconditional || narrower == wider)
            return true;
        if (!_within.TryGetValue((narrower, wider), out var within))
            _within[(narrower, wider)] = within = _byId[narrower].Includes(_byId[wider]);
        return within;
    }

    private readonly Dictionary<(int, int), bool> _within = [];

    /// <summary>The edge's sign in the web of a circumstance, worked out once per edge and circumstance.</summary>
    public Sign? SignOf(CausalEdge edge, int circumstance)
    {
        if (!_signs.TryGetValue((edge, circumstance), out var sign))
            _signs[(edge, circumstance)] = sign = edge.SignUnder(_byId[circumstance]);
        return sign;
    }

    private readonly Dictionary<(CausalEdge, int), Sign?> _signs = [];

    /// <summary>The id of both circumstances at once, or <see cref="Impossible"/> when they exclude each other.</summary>
    public int Combine(int left, int right)
    {
        if (left == right || right == Unconditional)
            return left;
        if (left == Unconditional)
            return right;
        var key = left < right ? (left, right) : (right, left);
        if (!_combined.TryGetValue(key, out var id))
            _combined[key] = id = _byId[left].CombineWith(_byId[right]) is { } both ? IdOf(both) : Impossible;
        return id;
    }
}
