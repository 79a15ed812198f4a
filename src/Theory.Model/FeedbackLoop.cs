namespace Theory.Model;

/// <summary>A declared feedback loop: closed paths through the web that feed back on themselves.</summary>
/// <param name="Id">The loop's name.</param>
/// <param name="Label">Its label, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Paths">Each closed path as construct ids; the first id is repeated at the end.</param>
/// <param name="DeclaredPolarity">The polarity the authors declared.</param>
/// <param name="Polarity">The polarity computed from the signs of its links.</param>
/// <param name="Evidence">What supports it.</param>
public sealed record FeedbackLoop(
    string Id,
    string? Label,
    string? Description,
    ValueList<ValueList<string>> Paths,
    Polarity DeclaredPolarity,
    Polarity Polarity,
    ValueList<Evidence> Evidence);
