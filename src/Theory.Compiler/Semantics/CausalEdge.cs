using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>A signed edge between two constructs with every claim that asserts it.</summary>
public sealed class CausalEdge
{
    internal CausalEdge(ConstructSymbol from, ConstructSymbol to, ImmutableArray<EdgeClaim> claims)
    {
        From = from;
        To = to;
        Claims = claims;
        Sign = CombineSigns(claims);
    }

    public ConstructSymbol From { get; }

    public ConstructSymbol To { get; }

    public ImmutableArray<EdgeClaim> Claims { get; }

    /// <summary>The sign all claims agree on; indeterminate when any is unknown or two disagree.</summary>
    public Sign Sign { get; }

    /// <summary>True when some claim is conditional (`when`/`unless`), which diagrams draw dashed.</summary>
    /// <summary>The names of the claims that assert the edge, each once, in order.</summary>
    public IEnumerable<string> ClaimNames => Claims.Select(c => c.Claim.Name).Distinct(StringComparer.Ordinal);

    public bool IsConditional => Claims.Any(c => !c.Claim.Conditions.IsEmpty);

    private static Sign CombineSigns(ImmutableArray<EdgeClaim> claims)
    {
        var sign = claims[0].Sign;
        foreach (var claim in claims)
            if (claim.Sign != sign)
                return Sign.Indeterminate;
        return sign;
    }

    public override string ToString() => $"{From.Name} -> {To.Name} ({Sign.ToSymbol()})";
}
