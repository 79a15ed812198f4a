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

    /// <summary>The top-level group this one is nested in (itself when it is one).</summary>
    internal GroupSymbol Root => Parent?.Root ?? this;

    /// <summary>Declarations directly inside the group, in source order.</summary>
    public ImmutableArray<Symbol> Members { get; internal set; } = [];

    /// <summary>The constructs declared in this group and in the groups nested in it, in declaration order.</summary>
    public IEnumerable<ConstructSymbol> AllConstructs()
    {
        foreach (var member in Members)
        {
            if (member is ConstructSymbol construct)
                yield return construct;
            else if (member is GroupSymbol nested)
            {
                foreach (var inner in nested.AllConstructs())
                    yield return inner;
            }
        }
    }
}
