using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A context–mechanism–outcome configuration.</summary>
public sealed class CmocSymbol : ClaimSymbol
{
    internal CmocSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public override SymbolKind Kind => SymbolKind.Cmoc;

    public ImmutableArray<Term> Contexts { get; internal set; } = [];

    /// <summary>Every mechanism term: the `mechanism` clause, then `resource` and `reasoning` terms where the author split it.</summary>
    public ImmutableArray<Term> Mechanisms { get; internal set; } = [];

    /// <summary>A resource described in words rather than as a construct.</summary>
    public string? ResourceText { get; internal set; }

    public ImmutableArray<Term> Outcomes { get; internal set; } = [];

    /// <inheritdoc />
    public override IEnumerable<Term> Terms => Contexts.Concat(Mechanisms).Concat(Outcomes);

    public bool HasMechanism => Mechanisms.Length > 0 || ResourceText is not null;
}
