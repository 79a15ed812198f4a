using Theory.Semantics;

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
