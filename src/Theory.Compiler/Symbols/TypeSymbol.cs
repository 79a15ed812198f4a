using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>One type of a typology (`merger`), with its attributes (`integration full`).</summary>
public sealed class TypeSymbol : Symbol
{
    internal TypeSymbol(string name, SyntaxNode? declaration, TypologySymbol typology) : base(name, declaration) =>
        Typology = typology;

    public override SymbolKind Kind => SymbolKind.Type;

    public TypologySymbol Typology { get; }

    /// <summary>Attribute name to value as written, in source order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Attributes { get; internal set; } = [];

    /// <summary>`Typology.type`: how a scope clause names it.</summary>
    public string QualifiedName => Typology.Name + "." + Name;
}
