using System.Collections.Immutable;
using Theory.Bibliography;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// The bound theories of one workspace load: one per distinct set of declaring files,
/// bibliographies and options, so a file imported by many theories that add nothing of their own
/// is bound and checked once. A theory that does add declarations binds the shared files again;
/// that repeated work is budgeted (<see cref="Limits.ReboundTheoryCharacters"/>), since 2,000
/// such files importing one 37 KB file would otherwise take 36 s and 1.8 GB from 110 KB of input.
/// </summary>
internal sealed class BoundTheoryCache
{
    private readonly Dictionary<BoundTheoryKey, BoundTheory> _theories = [];
    private readonly HashSet<Text.SourceText> _boundOnce = new(ReferenceEqualityComparer.Instance);
    private long _rebound;

    /// <summary>The bound theory for these files, or null once the budget for binding files again is spent.</summary>
    public BoundTheory? Get(ImmutableArray<SyntaxTree> trees, ImmutableArray<BibliographyFile> bibliographies, CompilationOptions options)
    {
        var key = BoundTheoryKey.Of(trees, bibliographies, options);
        if (_theories.TryGetValue(key, out var theory))
            return theory;
        if (_rebound > Limits.ReboundTheoryCharacters)
            return null;
        foreach (var tree in trees.Where(BoundTheory.Declares))
        {
            if (!_boundOnce.Add(tree.Text))
                _rebound += tree.Text.Length;
        }

        if (_rebound > Limits.ReboundTheoryCharacters)
            return null;
        _theories.Add(key, theory = new BoundTheory(trees, bibliographies, options));
        return theory;
    }
}
