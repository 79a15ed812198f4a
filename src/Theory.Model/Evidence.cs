namespace Theory.Model;

/// <summary>One piece of support for a claim: a citation or primary data.</summary>
/// <param name="Kind">Citation or a kind of primary data.</param>
/// <param name="Key">The citation key or data identifier.</param>
/// <param name="Locator">Where in the source (a page, a chapter), or null.</param>
/// <param name="Quote">A supporting quotation, or null.</param>
public sealed record Evidence(EvidenceKind Kind, string Key, string? Locator, string? Quote)
{
    /// <summary>True when the source comes from a <c>default evidence</c> declaration rather than the claim itself.</summary>
    public bool FromDefault { get; init; }
}
