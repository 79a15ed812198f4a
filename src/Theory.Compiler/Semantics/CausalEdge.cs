using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// A signed edge between two constructs with every claim that asserts it. Claims made under
/// different circumstances keep their own signs: one `when` claim or one `for` claim of the other
/// sign changes the edge only in the web of its circumstance, and a claim of unknown sign
/// (`changed`) stands beside the signed ones instead of erasing them.
/// </summary>
public sealed class CausalEdge
{
    // Its hash code: searches key tables by edge (its sign under each circumstance).
    private readonly int _identity = IdentityNumbers.Next();

    internal CausalEdge(ConstructSymbol from, ConstructSymbol to, ImmutableArray<EdgeClaim> claims)
    {
        From = from;
        To = to;
        Claims = claims;
        foreach (var claim in claims)
            HoldsUnconditionally |= !claim.Circumstance.IsRestricted;
        Sign = BaseSign(claims);
    }

    public ConstructSymbol From { get; }

    public ConstructSymbol To { get; }

    public ImmutableArray<EdgeClaim> Claims { get; }

    /// <summary>
    /// The edge's sign in the base web: what its unconditional claims agree on (claims made only
    /// at a stage when there are none; every claim when the edge holds only under conditions).
    /// Claims of unknown sign do not erase a sign the others agree on; two definite signs that
    /// disagree make it indeterminate.
    /// </summary>
    public Sign Sign { get; }

    /// <summary>
    /// True when some claim holds with no condition and no scope (a stage alone does not restrict
    /// it), so the edge is part of the base web every analysis starts from.
    /// </summary>
    public bool HoldsUnconditionally { get; }

    /// <summary>The distinct circumstances of the claims, unconditional first.</summary>
    public ImmutableArray<Circumstance> Circumstances
    {
        get
        {
            // Made on demand: most edges have one claim, and most analyses never ask.
            if (_circumstances.IsDefault)
                _circumstances = [.. Claims.Select(c => c.Circumstance).Distinct().OrderBy(c => c.Text, StringComparer.Ordinal)];
            return _circumstances;
        }
    }

    private ImmutableArray<Circumstance> _circumstances;

    /// <summary>The names of the claims that assert the edge, each once, in order.</summary>
    public IEnumerable<string> ClaimNames => Claims.Select(c => c.Claim.Name).Distinct(StringComparer.Ordinal);

    /// <summary>True when some claim is conditional (`when`/`unless`), which diagrams draw dashed.</summary>
    public bool IsConditional => Claims.Any(c => !c.Claim.Conditions.IsEmpty);

    /// <summary>How many claims give the edge each sign.</summary>
    public int CountOf(Sign sign)
    {
        // A loop, not LINQ: every diagram and model asks this of every edge.
        var count = 0;
        foreach (var claim in Claims)
        {
            if (claim.Sign == sign)
                count++;
        }

        return count;
    }

    /// <summary>
    /// The signs of the claims with their counts when they differ (`+ (14), ? (1)`), or the one
    /// sign they share (`+`).
    /// </summary>
    public string SignSummary
    {
        get
        {
            var (positive, negative, unknown) = (CountOf(Sign.Positive), CountOf(Sign.Negative), CountOf(Sign.Indeterminate));
            // Most edges' claims share one sign: its symbol, without a list or a join.
            if (negative == 0 && unknown == 0 && positive > 0)
                return Sign.Positive.ToSymbol();
            if (positive == 0 && unknown == 0 && negative > 0)
                return Sign.Negative.ToSymbol();
            if (positive == 0 && negative == 0 && unknown > 0)
                return Sign.Indeterminate.ToSymbol();
            var parts = new List<string>(3);
            foreach (var (sign, count) in new[] { (Sign.Positive, positive), (Sign.Negative, negative), (Sign.Indeterminate, unknown) })
            {
                if (count > 0)
                    parts.Add(sign.ToSymbol() + " (" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }

            return string.Join(", ", parts);
        }
    }

    /// <summary>
    /// The edge's sign in the web of <paramref name="circumstance"/>, or null when no claim puts it
    /// there. The most specific claims that hold there decide: under `when high conflict`, a
    /// claim made for that condition overrides the unconditional ones.
    /// </summary>
    public Sign? SignUnder(Circumstance circumstance)
    {
        if (circumstance.IsUnconditional)
            return HoldsUnconditionally ? Sign : null;
        var specific = MostSpecific(circumstance);
        return specific.Count > 0 ? Combine(specific) : HoldsUnconditionally ? Sign : null;
    }

    /// <summary>
    /// The claims that put the edge in the web of <paramref name="circumstance"/>: the most
    /// specific of those made there, or else those of the base web (every claim with no condition
    /// or scope); empty when the edge is not in that web.
    /// </summary>
    public ImmutableArray<EdgeClaim> ClaimsUnder(Circumstance circumstance)
    {
        var specific = circumstance.IsUnconditional ? [] : MostSpecific(circumstance);
        if (specific.Count > 0)
            return [.. specific];
        return HoldsUnconditionally ? [.. Claims.Where(c => !c.Circumstance.IsRestricted)] : [];
    }

    // Claims made under some part of the circumstance, without those a more specific one overrides.
    // Loops rather than LINQ: searches over the web of each circumstance ask this for many edges.
    private List<EdgeClaim> MostSpecific(Circumstance circumstance)
    {
        var applicable = new List<EdgeClaim>();
        foreach (var claim in Claims)
            if (!claim.Circumstance.IsUnconditional && circumstance.Includes(claim.Circumstance))
                applicable.Add(claim);
        if (applicable.Count < 2)
            return applicable;
        var specific = new List<EdgeClaim>(applicable.Count);
        foreach (var claim in applicable)
        {
            var overridden = false;
            foreach (var other in applicable)
            {
                if (!other.Circumstance.Equals(claim.Circumstance) && other.Circumstance.Includes(claim.Circumstance))
                {
                    overridden = true;
                    break;
                }
            }

            if (!overridden)
                specific.Add(claim);
        }

        return specific;
    }

    // The base web's claims are the unconditional ones; failing those, the ones made only at a
    // stage; failing those, all. One pass to find which, one to combine: no list per edge.
    private static Sign BaseSign(ImmutableArray<EdgeClaim> claims)
    {
        var anyUnconditional = false;
        var anyStaged = false;
        foreach (var claim in claims)
        {
            anyUnconditional |= claim.Circumstance.IsUnconditional;
            anyStaged |= !claim.Circumstance.IsRestricted;
        }

        Sign? sign = null;
        foreach (var claim in claims)
        {
            if (anyUnconditional ? !claim.Circumstance.IsUnconditional : anyStaged && claim.Circumstance.IsRestricted)
                continue;
            if (!Accumulate(ref sign, claim))
                return Sign.Indeterminate;
        }

        return sign ?? Sign.Indeterminate;
    }

    /// <summary>The sign the definite claims agree on; indeterminate when there is none or two disagree.</summary>
    private static Sign Combine(List<EdgeClaim> claims)
    {
        Sign? sign = null;
        foreach (var claim in claims)
            if (!Accumulate(ref sign, claim))
                return Sign.Indeterminate;
        return sign ?? Sign.Indeterminate;
    }

    // Adds a claim's sign to the one so far; false when two definite signs disagree.
    private static bool Accumulate(ref Sign? sign, EdgeClaim claim)
    {
        if (!claim.Sign.IsDefinite())
            return true;
        if (sign is null)
            sign = claim.Sign;
        else if (sign != claim.Sign)
            return false;
        return true;
    }

    public override string ToString() => $"{From.Name} -> {To.Name} ({Sign.ToSymbol()})";

    /// <summary>Edges are equal only to themselves.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => _identity;
}
