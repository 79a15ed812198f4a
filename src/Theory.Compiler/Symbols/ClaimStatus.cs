namespace Theory.Symbols;

/// <summary>Where a claim stands in the refinement cycle (gleaning, refinement, testing).</summary>
public enum ClaimStatus
{
    Unspecified,
    Gleaned,
    Refined,
    Tested,
    Refuted,

    /// <summary>A prediction still to be tested: it needs no evidence yet, and an open mechanism is only a warning.</summary>
    Hypothesised,
}

/// <summary>Whether a claim fits prior theory or is new (as Millar et al. 2023 mark their CMOCs).</summary>
public enum Provenance
{
    Unspecified,
    Prior,
    Novel,
}
