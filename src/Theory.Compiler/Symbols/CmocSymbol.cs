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

    /// <summary>
    /// The contexts of each `context any of ...` clause: alternatives, one of which is enough. The
    /// clauses hold together, so `context high formalisation` with `context any of low trust, high
    /// complexity` reads "high formalisation, and low trust or high complexity". Empty when the CMOC
    /// names no alternatives (every context is needed).
    /// </summary>
    public ImmutableArray<ImmutableArray<Term>> ContextAlternatives { get; internal set; } = [];

    /// <summary>The outcomes of each `outcome any of ...` clause: the CMOC brings about one of them.</summary>
    public ImmutableArray<ImmutableArray<Term>> OutcomeAlternatives { get; internal set; } = [];

    /// <summary>Whether two terms are alternatives of one `any of` clause, so that they need not hold together.</summary>
    public bool AreAlternatives(Term first, Term second) =>
        ContextAlternatives.Concat(OutcomeAlternatives).Any(group => group.Contains(first) && group.Contains(second));

    /// <summary>Whether a term is one of the alternatives of an `any of` clause.</summary>
    public bool IsAlternative(Term term) => ContextAlternatives.Concat(OutcomeAlternatives).Any(group => group.Contains(term));

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
