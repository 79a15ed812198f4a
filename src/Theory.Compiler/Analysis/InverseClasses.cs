using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// `construct loss_of_faith { inverse of faith }` says the two move in opposite directions, so the
/// sign algebra treats them as one quantity: raising loss of faith lowers faith. Each construct maps
/// to the root of its `inverse of` chain and a sign (− when an odd number of steps lead there), so
/// "turnover raises faith" and "turnover raises loss of faith" contradict, and a path that enters
/// `loss_of_faith` and leaves from `faith` flips its sign.
/// </summary>
internal sealed class InverseClasses
{
    private readonly int[] _root;
    private readonly Sign[] _flip;

    public InverseClasses(CausalWeb web)
    {
        var count = web.Constructs.Length;
        _root = new int[count];
        _flip = new Sign[count];
        for (var i = 0; i < count; i++)
        {
            _root[i] = i;
            _flip[i] = Sign.Positive;
            if (web.Constructs[i].InverseOf is null)
                continue;

            // Follow the chain to a construct with no inverse. When it comes back on itself (a is
            // declared the inverse of b and b of a), the class's root is its earliest construct.
            var chain = new List<int> { i };
            var position = new Dictionary<int, int> { [i] = 0 };
            var root = -1;
            var steps = 0;
            for (var construct = web.Constructs[i]; ;)
            {
                if (construct.InverseOf is not { } inverse || inverse.Index >= count || web.Constructs[inverse.Index] != inverse)
                {
                    (root, steps) = (construct.Index, chain.Count - 1);
                    break;
                }

                if (position.TryGetValue(inverse.Index, out var start))
                {
                    var earliest = chain.Skip(start).Min();
                    (root, steps) = (earliest, position[earliest]);
                    break;
                }

                position[inverse.Index] = chain.Count;
                chain.Add(inverse.Index);
                construct = inverse;
            }

            _root[i] = root;
            _flip[i] = steps % 2 == 0 ? Sign.Positive : Sign.Negative;
        }

        HasAny = _flip.Any(s => s == Sign.Negative);
    }

    /// <summary>True when some construct is the inverse of another.</summary>
    public bool HasAny { get; }

    /// <summary>The construct that stands for the whole inverse class.</summary>
    public int RootOf(ConstructSymbol construct) => _root[construct.Index];

    /// <summary>+ when the construct moves with its root, − when it is an inverse of it.</summary>
    public Sign FlipOf(ConstructSymbol construct) => _flip[construct.Index];

    /// <summary>The sign of <paramref name="edge"/> read between the roots of its ends.</summary>
    public Sign Effective(CausalEdge edge, Sign sign) => sign.Times(FlipOf(edge.From)).Times(FlipOf(edge.To));
}
