using System.Collections.Immutable;

namespace Theory.Symbols;

/// <summary>
/// `moderated by X dampens|amplifies`: a construct that changes the strength of a claim,
/// optionally with a body giving its own mechanism and evidence
/// (`moderated by x dampens { mechanism increased trust  evidence @key }`).
/// </summary>
public sealed record Moderator(Term Term, ModeratorEffect Effect)
{
    /// <summary>How the moderator acts on the claim: the mechanisms it works through. The web has an edge from the moderator to each.</summary>
    public ImmutableArray<Term> Mechanisms { get; init; } = [];

    /// <summary>What supports the moderation itself.</summary>
    public ImmutableArray<EvidenceItem> Evidence { get; init; } = [];

    public string? Description { get; init; }
}

public enum ModeratorEffect
{
    Unspecified,
    Dampens,
    Amplifies,
}
