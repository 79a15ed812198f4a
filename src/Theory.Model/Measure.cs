namespace Theory.Model;

/// <summary>A survey item or other instrument that indicates a construct.</summary>
/// <param name="Id">The measure's id (for example <c>Q9</c>).</param>
/// <param name="Label">The item's wording, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Scale">The scale it is answered on (for example <c>likert5</c>), or null.</param>
/// <param name="Indicates">The id of the construct it indicates, or null.</param>
/// <param name="IsReversed">True when a higher answer means less of the construct.</param>
public sealed record Measure(string Id, string? Label, string? Description, string? Scale, string? Indicates, bool IsReversed);
