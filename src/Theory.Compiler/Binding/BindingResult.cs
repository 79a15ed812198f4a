using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Binding;

/// <summary>Everything the binder produces, handed to the compilation in one piece.</summary>
internal sealed record BindingResult(
    TheorySymbol? Theory,
    ImmutableArray<ConstructSymbol> Constructs,
    ImmutableArray<CmocSymbol> Cmocs,
    ImmutableArray<LinkSymbol> Links,
    ImmutableArray<GroupSymbol> Groups,
    ImmutableArray<StageSymbol> Stages,
    ImmutableArray<TypologySymbol> Typologies,
    ImmutableArray<ChainSymbol> Chains,
    ImmutableArray<FeedbackLoopSymbol> FeedbackLoops,
    ImmutableArray<MeasureSymbol> Measures,
    ImmutableArray<SourceSymbol> Sources,
    CausalWeb Web,
    IReadOnlyDictionary<SyntaxNode, Symbol> DeclaredSymbols,
    IReadOnlyDictionary<SyntaxNode, Symbol> ReferencedSymbols,
    HashSet<ConstructSymbol> UsedConstructs,
    HashSet<string> CitedKeys,
    Func<string, ConstructSymbol?> LookupConstruct,
    ImmutableArray<Diagnostic> Diagnostics);
