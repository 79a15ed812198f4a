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

    /// <summary>`context any of ...`: whether one of the contexts is enough, or all are needed (the default).</summary>
    public TermCombination ContextCombination { get; internal set; }

    /// <summary>`outcome any of ...`: whether the CMOC brings about one of its outcomes, or all of them (the default).</summary>
    public TermCombination OutcomeCombination { get; internal set; }

    /// <summary>`context A => M1` clauses: which contexts trigger which mechanisms. Empty when the CMOC pairs none.</summary>
    public ImmutableArray<ContextPairing> Pairings { get; internal set; } = [];

    /// <summary>
    /// The mechanisms a context triggers: those a pairing names for it, or every mechanism when no
    /// pairing names the context.
    /// </summary>
    public ImmutableArray<Term> MechanismsTriggeredBy(Term context)
    {
        foreach (var pairing in Pairings)
            if (pairing.Contexts.Contains(context))
                return pairing.Mechanisms;
        return Mechanisms;
    }

    /// <inheritdoc />
    public override IEnumerable<Term> Terms => Contexts.Concat(Mechanisms).Concat(Outcomes);

    public bool HasMechanism => Mechanisms.Length > 0 || ResourceText is not null;
}
