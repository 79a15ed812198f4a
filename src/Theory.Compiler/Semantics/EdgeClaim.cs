using Theory.Symbols;
using Theory.Text;

namespace Theory.Semantics;

/// <summary>
/// One assertion of an edge: which claim made it, in which role, with which sign, and the
/// circumstances (conditions, scope, stage, the claim's other contexts) that qualify it.
/// </summary>
public sealed class EdgeClaim
{
    internal EdgeClaim(ClaimSymbol claim, ClaimRole role, Term from, Term to, Sign sign, Circumstance circumstance, CircumstanceTexts texts, int left)
    {
        Claim = claim;
        Role = role;
        From = from;
        To = to;
        Sign = sign;
        Circumstance = circumstance;
        _texts = texts;
        _left = left;
    }

    public ClaimSymbol Claim { get; }

    public ClaimRole Role { get; }

    public Term From { get; }

    public Term To { get; }

    public Sign Sign { get; }

    /// <summary>Where the claim holds (its conditions, scope and stage): the web it adds this edge to.</summary>
    public Circumstance Circumstance { get; }

    /// <summary>
    /// A canonical description of what distinguishes this claim; two claims of opposite sign with the
    /// same circumstances contradict each other. Empty when the claim is unconditional.
    /// </summary>
    public string Circumstances => _texts.Without(_left);

    // The claim's circumstances texts, shared by its edge claims, and the context this one leaves out.
    private readonly CircumstanceTexts _texts;
    private readonly int _left;

    /// <summary>Where the claim says it: the target term.</summary>
    /// <remarks>
    /// Made when asked (only a diagnostic or an output asks): a large web has hundreds of thousands
    /// of edge claims, and finding each one's tree walks up to its root.
    /// </remarks>
    public Location Location => To.Syntax.GetLocation()!;

    public override string ToString() => $"{Claim.Name}: {From} -> {To} ({Sign.ToSymbol()})";
}
