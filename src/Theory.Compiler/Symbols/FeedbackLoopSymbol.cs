using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A declared feedback loop: a cycle the authors say is part of the theory, not a mistake.</summary>
public sealed class FeedbackLoopSymbol : Symbol
{
    internal FeedbackLoopSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.FeedbackLoop;

    /// <summary>Each `loop` path as resolved constructs, closed (the first construct repeated at the end).</summary>
    public ImmutableArray<ImmutableArray<ConstructSymbol>> Paths { get; internal set; } = [];

    /// <summary>The syntax of each path in <see cref="Paths"/>, for diagnostics.</summary>
    internal ImmutableArray<PathListSyntax> PathSyntax { get; set; } = [];

    /// <summary>What the `polarity` clause says, if anything.</summary>
    public Polarity DeclaredPolarity { get; internal set; }

    /// <summary>What the signs of the web's edges along the first path say; Unspecified when a step is missing from the web.</summary>
    public Polarity ComputedPolarity { get; internal set; }

    public ImmutableArray<EvidenceItem> Evidence { get; internal set; } = [];

    public GroupSymbol? Group { get; internal set; }
}
