using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A survey item or indicator that measures a construct (seed 001's readiness survey).</summary>
public sealed class MeasureSymbol : Symbol
{
    internal MeasureSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Measure;

    public string? Scale { get; internal set; }

    public ConstructSymbol? Indicates { get; internal set; }

    /// <summary>True when a high score means less of the construct.</summary>
    public bool IsReversed { get; internal set; }

    public GroupSymbol? Group { get; internal set; }
}
