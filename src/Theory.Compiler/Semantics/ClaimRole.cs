namespace Theory.Semantics;

/// <summary>Which part of a claim asserts an edge of the web.</summary>
public enum ClaimRole
{
    /// <summary>Context → mechanism within a CMOC.</summary>
    ContextToMechanism,

    /// <summary>Mechanism → outcome within a CMOC.</summary>
    MechanismToOutcome,

    /// <summary>Context → outcome of a CMOC with no mechanism (a black box).</summary>
    ContextToOutcome,

    /// <summary>An explicit `link`.</summary>
    Link,

    /// <summary>A claim's moderator → a mechanism the moderator works through (`moderated by x { mechanism ... }`).</summary>
    ModeratorToMechanism,
}
