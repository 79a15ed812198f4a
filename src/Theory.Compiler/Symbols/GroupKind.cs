namespace Theory.Symbols;

/// <summary>The four ways the seeds group claims: middle-range theories, criteria, mechanism clusters, themes.</summary>
public enum GroupKind
{
    MiddleRangeTheory,
    Criterion,
    Cluster,
    Theme,
}
