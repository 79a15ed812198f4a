namespace Theory.Model;

/// <summary>What sort of thing a construct is.</summary>
public enum ConstructKind
{
    /// <summary>No kind was declared.</summary>
    Unspecified,
    /// <summary>Reasoning: beliefs, attitudes, perceptions.</summary>
    Cognitive,
    /// <summary>What people or organisations do.</summary>
    Behaviour,
    /// <summary>Something a programme provides.</summary>
    Resource,
    /// <summary>Rules, arrangements, organisational form.</summary>
    Structure,
    /// <summary>A condition of the world.</summary>
    State,
    /// <summary>What a programme does.</summary>
    Intervention,
    /// <summary>A deliberate approach taken by actors.</summary>
    Strategy,
}

/// <summary>The sign of a causal link: more of the source means more (+) or less (−) of the target, or unknown.</summary>
public enum Sign
{
    /// <summary>More of the source brings more of the target.</summary>
    Positive,
    /// <summary>More of the source brings less of the target.</summary>
    Negative,
    /// <summary>Unknown or mixed.</summary>
    Indeterminate,
}

/// <summary>The level of a context or the direction of a mechanism or outcome, as written in the theory.</summary>
public enum Qualifier
{
    /// <summary>Nothing written.</summary>
    None,
    /// <summary><c>high</c></summary>
    High,
    /// <summary><c>low</c></summary>
    Low,
    /// <summary><c>present</c></summary>
    Present,
    /// <summary><c>absent</c></summary>
    Absent,
    /// <summary><c>appropriate</c></summary>
    Appropriate,
    /// <summary><c>increased</c></summary>
    Increased,
    /// <summary><c>decreased</c></summary>
    Decreased,
    /// <summary><c>changed</c></summary>
    Changed,
    /// <summary><c>threshold</c>: a level reached, beyond which the claim holds.</summary>
    Threshold,
    /// <summary><c>maintained</c>: kept from falling.</summary>
    Maintained,
}

/// <summary>The part a factor plays in bringing its outcome about.</summary>
public enum FactorRole
{
    /// <summary>Not stated.</summary>
    None,
    /// <summary><c>necessary</c>: without it the outcome does not come about.</summary>
    Necessary,
    /// <summary><c>contributory</c>: it helps, but the outcome can come about without it.</summary>
    Contributory,
}

/// <summary>Whether a feedback loop reinforces or balances itself.</summary>
public enum Polarity
{
    /// <summary>Not declared.</summary>
    Unspecified,
    /// <summary>An even number of negative links.</summary>
    Reinforcing,
    /// <summary>An odd number of negative links.</summary>
    Balancing,
    /// <summary>A link's sign is unknown.</summary>
    Indeterminate,
}

/// <summary>Where a claim stands in the refinement cycle.</summary>
public enum ClaimStatus
{
    /// <summary>Not stated.</summary>
    Unspecified,
    /// <summary>Gleaned from the literature.</summary>
    Gleaned,
    /// <summary>Refined with data.</summary>
    Refined,
    /// <summary>Tested.</summary>
    Tested,
    /// <summary>Refuted: kept for the record, left out of the web.</summary>
    Refuted,
    /// <summary>Hypothesised: a prediction still to be tested.</summary>
    Hypothesised,
}

/// <summary>A citation to the literature, or a kind of primary data.</summary>
public enum EvidenceKind
{
    /// <summary>A bibliography entry.</summary>
    Citation,
    /// <summary>An interview.</summary>
    Interview,
    /// <summary>A focus group.</summary>
    FocusGroup,
    /// <summary>An observation.</summary>
    Observation,
    /// <summary>A document.</summary>
    Document,
    /// <summary>A survey.</summary>
    Survey,
}
