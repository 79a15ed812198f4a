namespace Theory.Symbols;

/// <summary>Where a claim stands in the refinement cycle (gleaning, refinement, testing).</summary>
public enum ClaimStatus
{
    Unspecified,
    Gleaned,
    Refined,
    Tested,
    Refuted,
}

/// <summary>Whether a claim fits prior theory or is new (seed 001's marking).</summary>
public enum Provenance
{
    Unspecified,
    Prior,
    Novel,
}
