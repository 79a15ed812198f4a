using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>One place a construct is used: the claim (CMOC or link) and the term that names it there.</summary>
public sealed record ConstructUse(ClaimSymbol Claim, Term Term);

/// <summary>
/// Everything that mentions one construct, by the part it plays: what `theory query construct`
/// prints, what an editor's hover shows and what "find references" lists.
/// </summary>
public sealed record ConstructUsages(
    ConstructSymbol Construct,
    ImmutableArray<ConstructUse> AsContext,
    ImmutableArray<ConstructUse> AsMechanism,
    ImmutableArray<ConstructUse> AsOutcome,
    ImmutableArray<ConstructUse> AsCondition,
    ImmutableArray<ConstructUse> AsModerator,
    ImmutableArray<ConstructUse> AsLinkSource,
    ImmutableArray<ConstructUse> AsLinkTarget,
    ImmutableArray<FeedbackLoopSymbol> Loops,
    ImmutableArray<MeasureSymbol> Measures)
{
    /// <summary>The roles with their uses, in the order a reader expects (the CMOC's own order first).</summary>
    public IEnumerable<(string Role, ImmutableArray<ConstructUse> Uses)> ByRole =>
    [
        ("context", AsContext), ("mechanism", AsMechanism), ("outcome", AsOutcome), ("condition", AsCondition),
        ("moderator", AsModerator), ("link source", AsLinkSource), ("link target", AsLinkTarget),
    ];

    internal static ConstructUsages Find(Compilation compilation, ConstructSymbol construct)
    {
        bool Is(Term term) => term.Construct == construct;
        ImmutableArray<ConstructUse> Uses<TClaim>(IEnumerable<TClaim> claims, Func<TClaim, IEnumerable<Term>> terms) where TClaim : ClaimSymbol =>
            [.. claims.SelectMany(c => terms(c).Where(Is).Select(t => new ConstructUse(c, t)))];

        var claims = compilation.Cmocs.Cast<ClaimSymbol>().Concat(compilation.Links).ToList();
        return new ConstructUsages(
            construct,
            Uses(compilation.Cmocs, c => c.Contexts),
            Uses(compilation.Cmocs, c => c.Mechanisms),
            Uses(compilation.Cmocs, c => c.Outcomes),
            Uses(claims, c => c.Conditions.Select(x => x.Term)),
            Uses(claims, c => c.Moderators.Select(x => x.Term)),
            Uses(compilation.Links, l => l.Source is { } source ? [source] : []),
            Uses(compilation.Links, l => l.Targets),
            [.. compilation.FeedbackLoops.Where(l => l.Paths.Any(p => p.Contains(construct)))],
            [.. compilation.Measures.Where(m => m.Indicates == construct)]);
    }
}
