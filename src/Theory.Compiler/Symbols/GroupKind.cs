namespace Theory.Symbols;

/// <summary>The four ways the seeds group claims: middle-range theories, criteria, mechanism clusters, themes.</summary>
public enum GroupKind
{
    MiddleRangeTheory,
    Criterion,
    Cluster,
    Theme,
}

/// <summary>Helpers for <see cref="GroupKind"/>.</summary>
internal static class GroupKindFacts
{
    /// <summary>The keyword that declares a group of this kind: <c>mrt</c>, <c>criterion</c>, <c>cluster</c> or <c>theme</c>.</summary>
    public static string ToKeyword(this GroupKind kind) => Vocabulary.GroupKinds.KeywordOf(kind)!;
}
