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

/// <summary>Helpers for <see cref="EvidenceKind"/>.</summary>
internal static class EvidenceKindFacts
{
    /// <summary>The keyword that introduces this kind of primary data in a theory (`focus_group`), or `citation`.</summary>
    public static string ToKeyword(this EvidenceKind kind) => Vocabulary.PrimaryDataKinds.KeywordOf(kind) ?? "citation";
}
