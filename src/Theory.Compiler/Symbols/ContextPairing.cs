using System.Collections.Immutable;

namespace Theory.Symbols;

/// <summary>
/// `context A => M1` in a CMOC: these contexts trigger these mechanisms only. A CMOC's contexts
/// that no pairing names trigger every mechanism, as in the simple form.
/// </summary>
public sealed class ContextPairing
{
    internal ContextPairing(ImmutableArray<Term> contexts, ImmutableArray<Term> mechanisms)
    {
        Contexts = contexts;
        Mechanisms = mechanisms;
    }

    public ImmutableArray<Term> Contexts { get; }

    public ImmutableArray<Term> Mechanisms { get; }
}
