using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// What CMOCs and links share: each asserts causal edges, under conditions, a scope and a stage,
/// with evidence. The causal web remembers which claim asserts each edge.
/// </summary>
public abstract class ClaimSymbol : Symbol
{
    private protected ClaimSymbol(string name, SyntaxNode? declaration) : base(name, declaration) { }

    public ImmutableArray<Condition> Conditions { get; internal set; } = [];

    /// <summary>Types of a typology the claim is scoped to (`for CollaborationType.merger`).</summary>
    public ImmutableArray<TypeSymbol> Scope { get; internal set; } = [];

    public StageSymbol? Stage { get; internal set; }

    public ImmutableArray<EvidenceItem> Evidence { get; internal set; } = [];

    public ClaimStatus Status { get; internal set; }

    public Provenance Provenance { get; internal set; }

    /// <summary>As written: a number such as `0.8` or a word (`high`, `moderate`, `low`).</summary>
    public string? Confidence { get; internal set; }

    public ImmutableArray<Moderator> Moderators { get; internal set; } = [];

    public GroupSymbol? Group { get; internal set; }

    /// <summary>
    /// Where the claim holds (its conditions, scope and stage), made once when first asked, after
    /// binding: the web builder and several checks ask for every claim. Checks ask from several
    /// threads at once; they may each make it, and equal circumstances are interchangeable.
    /// </summary>
    internal Semantics.Circumstance Circumstance
    {
        get => _circumstance ??= Semantics.Circumstance.Of(this);
        set => _circumstance = value;
    }

    private Semantics.Circumstance? _circumstance;

    /// <summary>Every term the claim relates (not its conditions): a CMOC's contexts, mechanisms and outcomes; a link's source and targets.</summary>
    public abstract IEnumerable<Term> Terms { get; }

    /// <summary>How many different sources support the claim (citation keys and primary-data sources).</summary>
    public int DistinctSourceCount => Evidence.Select(e => e.SourceIdentity).Distinct(StringComparer.Ordinal).Count();
}
