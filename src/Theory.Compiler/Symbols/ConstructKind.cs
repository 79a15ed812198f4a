namespace Theory.Symbols;

/// <summary>
/// What sort of thing a construct is. `intervention` and `strategy` exist so that a theory can
/// name what a programme does, and so the checker can say when one is used as a mechanism.
/// </summary>
public enum ConstructKind
{
    Unspecified,
    Cognitive,
    Behaviour,
    Resource,
    Structure,
    State,
    Intervention,
    Strategy,
}
