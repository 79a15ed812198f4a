using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// `link a -> b`: a causal claim whose mechanism is not known yet (an initial rough theory).
/// An endpoint may name a group instead of a construct, so that groups can be linked as wholes.
/// </summary>
public sealed class LinkSymbol : ClaimSymbol
{
    internal LinkSymbol(string name, SyntaxNode? declaration, bool isNamed) : base(name, declaration) => IsNamed = isNamed;

    public override SymbolKind Kind => SymbolKind.Link;

    /// <summary>False for `link a -> b` without an ID; <see cref="Symbol.Name"/> is then `a->b`.</summary>
    public bool IsNamed { get; }

    public Term? Source { get; internal set; }

    public GroupSymbol? SourceGroup { get; internal set; }

    public ImmutableArray<Term> Targets { get; internal set; } = [];

    /// <summary>Group endpoints, parallel to <see cref="Targets"/> (null where the target is a construct).</summary>
    public ImmutableArray<GroupSymbol?> TargetGroups { get; internal set; } = [];

    /// <summary>Whether the link names a group as a whole at either end (then it is not an edge of the construct web).</summary>
    internal bool InvolvesGroups => SourceGroup is not null || TargetGroups.Any(g => g is not null);

    /// <inheritdoc />
    public override IEnumerable<Term> Terms => (Source is { } source ? [source] : Enumerable.Empty<Term>()).Concat(Targets);
}
