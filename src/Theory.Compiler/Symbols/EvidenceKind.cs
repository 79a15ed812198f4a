namespace Theory.Symbols;

/// <summary>A citation to the literature, or one of the kinds of primary data.</summary>
public enum EvidenceKind
{
    Citation,
    Interview,
    FocusGroup,
    Observation,
    Document,
    Survey,
}
