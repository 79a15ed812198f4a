using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>The `theory` header: what the theory is called and what it builds on.</summary>
public sealed class TheorySymbol : Symbol
{
    internal TheorySymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Theory;

    public string? Title { get; internal set; }

    public string? Version { get; internal set; }

    public ImmutableArray<string> Authors { get; internal set; } = [];

    /// <summary>The name of the theory this one refines (it may live in another repository).</summary>
    public string? Refines { get; internal set; }

    /// <summary>BibTeX paths as written, relative to the declaring file.</summary>
    public ImmutableArray<string> Bibliographies { get; internal set; } = [];
}
