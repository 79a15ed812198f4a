using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A factor of the theory (trust, faith, conflict). Its role depends on the CMOC that uses it.</summary>
public sealed class ConstructSymbol : Symbol
{
    internal ConstructSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Construct;

    public ConstructKind ConstructKind { get; internal set; }

    public ImmutableArray<string> Aliases { get; internal set; } = [];

    public ConstructSymbol? Specialises { get; internal set; }

    public ConstructSymbol? InverseOf { get; internal set; }

    public GroupSymbol? Group { get; internal set; }

    /// <summary>Dense index into the causal web's node table, assigned in declaration order.</summary>
    internal int Index { get; set; }
}
