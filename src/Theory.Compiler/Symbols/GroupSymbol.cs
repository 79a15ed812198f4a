using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>An `mrt`, `criterion`, `cluster` or `theme`; groups nest.</summary>
public sealed class GroupSymbol : Symbol
{
    internal GroupSymbol(string name, SyntaxNode? declaration, GroupKind groupKind) : base(name, declaration) =>
        GroupKind = groupKind;

    public override SymbolKind Kind => SymbolKind.Group;

    public GroupKind GroupKind { get; }

    public GroupSymbol? Parent { get; internal set; }

    /// <summary>Declarations directly inside the group, in source order.</summary>
    public ImmutableArray<Symbol> Members { get; internal set; } = [];
}
