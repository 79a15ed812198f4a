namespace Theory.Model;

/// <summary>A context–mechanism–outcome configuration.</summary>
/// <param name="Id">The CMOC's id (for example <c>CF1</c>).</param>
/// <param name="Label">Its title, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Contexts">The contexts, with their levels.</param>
/// <param name="Mechanisms">The mechanisms, with their directions.</param>
/// <param name="Resource">The resource a mechanism's resource part names, as text, or null.</param>
/// <param name="Outcomes">The outcomes, with their directions.</param>
/// <param name="Conditions">Extra conditions, as written (<c>when x</c>, <c>unless y</c>).</param>
/// <param name="Scope">The typology types it is limited to (<c>Typology.type</c>).</param>
/// <param name="Stage">The stage it belongs to, or null.</param>
/// <param name="Group">The group it is declared in, or null.</param>
/// <param name="Status">Where it stands in the refinement cycle.</param>
/// <param name="Confidence">The confidence the authors place in it, or null.</param>
/// <param name="Evidence">What supports it.</param>
public sealed record Cmoc(
    string Id,
    string? Label,
    string? Description,
    ValueList<Term> Contexts,
    ValueList<Term> Mechanisms,
    string? Resource,
    ValueList<Term> Outcomes,
    ValueList<string> Conditions,
    ValueList<string> Scope,
    string? Stage,
    string? Group,
    ClaimStatus Status,
    string? Confidence,
    ValueList<Evidence> Evidence)
{
    /// <summary>The contexts of each <c>context any of</c> clause: alternatives, one of which is enough. Empty when every context is needed.</summary>
    public ValueList<ValueList<string>> ContextAlternatives { get; init; } = ValueList<ValueList<string>>.Empty;

    /// <summary>The outcomes of each <c>outcome any of</c> clause: the CMOC brings about one of them.</summary>
    public ValueList<ValueList<string>> OutcomeAlternatives { get; init; } = ValueList<ValueList<string>>.Empty;

    /// <summary>Which contexts trigger which mechanisms (<c>context A => M1</c>); contexts no pairing names trigger every mechanism.</summary>
    public ValueList<Pairing> Pairings { get; init; } = ValueList<Pairing>.Empty;

    /// <summary>True when the CMOC names a mechanism (a construct or a resource).</summary>
    public bool HasMechanism => Mechanisms.Count > 0 || Resource is not null;
}
