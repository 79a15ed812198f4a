using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Theory.Bibliography;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// What a <see cref="BoundTheory"/> is made from: the files that declare something, in order, the
/// bibliographies and the options, each compared by identity (a workspace reads every file once), so two
/// theories with equal keys bind to the same symbols and findings.
/// </summary>
internal sealed class BoundTheoryKey : IEquatable<BoundTheoryKey>
{
    private readonly ImmutableArray<object> _parts;
    private readonly int _hash;

    private BoundTheoryKey(ImmutableArray<object> parts)
    {
        _parts = parts;
        var hash = parts.Length;
        foreach (var part in parts)
            hash = unchecked(hash * 31 + RuntimeHelpers.GetHashCode(part));
        _hash = hash;
    }

    public static BoundTheoryKey Of(IEnumerable<SyntaxTree> trees, IEnumerable<BibliographyFile> bibliographies, CompilationOptions options) =>
        new([options, .. trees.Where(BoundTheory.Declares), .. bibliographies.Prepend<object>(Separator)]);

    // Between the trees and the bibliographies, so the two lists can never run into each other.
    private static readonly object Separator = new();

    public bool Equals(BoundTheoryKey? other) =>
        other is not null && _hash == other._hash && _parts.Length == other._parts.Length
        && _parts.Zip(other._parts, ReferenceEquals).All(same => same);

    public override bool Equals(object? obj) => Equals(obj as BoundTheoryKey);

    public override int GetHashCode() => _hash;
}
