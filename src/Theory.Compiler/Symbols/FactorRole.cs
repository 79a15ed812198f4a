namespace Theory.Symbols;

/// <summary>
/// The part a factor plays in bringing its outcome about (`necessary trust`, `contributory
/// quick_wins`): the core and contributory factors of partnership studies.
/// </summary>
public enum FactorRole
{
    None,

    /// <summary>Without it the outcome does not come about: a claim of the outcome where it is absent contradicts it.</summary>
    Necessary,

    /// <summary>It helps, but the outcome can come about without it.</summary>
    Contributory,
}
