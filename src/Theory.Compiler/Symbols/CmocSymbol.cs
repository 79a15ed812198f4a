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
        GroupOf().TryGetValue(first, out var group) && GroupOf().TryGetValue(second, out var other) && group == other;

    /// <summary>Whether a term is one of the alternatives of an `any of` clause.</summary>
    public bool IsAlternative(Term term) => (!ContextAlternatives.IsEmpty || !OutcomeAlternatives.IsEmpty) && GroupOf().ContainsKey(term);

    // Which `any of` clause each alternative belongs to, made once: checks ask for every term.
    private Dictionary<Term, int>? _groupOf;

    private Dictionary<Term, int> GroupOf()
    {
        if (_groupOf is not null)
            return _groupOf;
        var groupOf = new Dictionary<Term, int>();
        var index = 0;
        foreach (var group in ContextAlternatives.Concat(OutcomeAlternatives))
        {
            foreach (var term in group)
                groupOf[term] = index;
            index++;
        }

        return _groupOf = groupOf;
    }

    /// <summary>`context A => M1` clauses: which contexts trigger which mechanisms. Empty when the CMOC pairs none.</summary>
    public ImmutableArray<ContextPairing> Pairings { get; internal set; } = [];

    /// <summary>
    /// The mechanisms a context triggers: those a pairing names for it, or every mechanism when no
    /// pairing names the context.
    /// </summary>
    public ImmutableArray<Term> MechanismsTriggeredBy(Term context)
    {
        if (Pairings.IsEmpty)
            return Mechanisms;
        _pairedMechanisms ??= Pairings.SelectMany(p => p.Contexts.Select(c => (Context: c, p.Mechanisms)))
            .GroupBy(p => p.Context).ToDictionary(g => g.Key, g => g.First().Mechanisms);
        return _pairedMechanisms.TryGetValue(context, out var mechanisms) ? mechanisms : Mechanisms;
    }

    // Made once: the web asks for each context, and a pairing may name hundreds.
    private Dictionary<Term, ImmutableArray<Term>>? _pairedMechanisms;

    /// <inheritdoc />
    public override IEnumerable<Term> Terms => Contexts.Concat(Mechanisms).Concat(Outcomes);

    public bool HasMechanism => Mechanisms.Length > 0 || ResourceText is not null;
}
