using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>An explicit chain of CMOCs: each outcome should feed the next context.</summary>
public sealed class ChainSymbol : Symbol
{
    internal ChainSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Chain;

    /// <summary>The steps in order; an entry is null where the name did not resolve.</summary>
    public ImmutableArray<CmocSymbol?> Steps { get; internal set; } = [];

    public GroupSymbol? Group { get; internal set; }
}
