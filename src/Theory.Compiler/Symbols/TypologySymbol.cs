using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A typology (types of collaboration) whose types scope claims with `for`.</summary>
public sealed class TypologySymbol : Symbol
{
    internal TypologySymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Typology;

    public ImmutableArray<TypeSymbol> Types { get; internal set; } = [];
}
