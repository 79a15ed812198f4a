namespace Theory.Model;

/// <summary>A construct of the theory: something that can be a context, a mechanism or an outcome.</summary>
/// <param name="Id">The name it is declared with.</param>
/// <param name="Label">Its human-readable label, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Kind">What sort of thing it is.</param>
/// <param name="Aliases">Other names the theory's authors use for it.</param>
/// <param name="Group">The group (middle-range theory, theme, ...) it is declared in, or null.</param>
/// <param name="Specialises">The construct it is a special case of, or null.</param>
public sealed record Construct(
    string Id,
    string? Label,
    string? Description,
    ConstructKind Kind,
    ValueList<string> Aliases,
    string? Group,
    string? Specialises)
{
    /// <summary>The label when there is one, otherwise the id.</summary>
    public string DisplayName => string.IsNullOrEmpty(Label) ? Id : Label!;
}
