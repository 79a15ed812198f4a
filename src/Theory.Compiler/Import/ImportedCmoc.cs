namespace Theory.Import;

/// <summary>One row of the table as it will be written: a CMOC, or a `link` when the row has no mechanism.</summary>
internal sealed class ImportedCmoc
{
    public string Id { get; set; } = "";
    /// <summary>True for a row without a mechanism, written as `link`s from each context to the outcomes.</summary>
    public bool IsLink { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string> Contexts { get; set; } = [];
    /// <summary>Context clauses of their own: alternatives (`any of ...`) and pairings (`... => m`).</summary>
    public List<string> ContextClauses { get; } = [];
    /// <summary>Outcome clauses of their own: alternatives (`any of ...`).</summary>
    public List<string> OutcomeClauses { get; } = [];
    public List<string> Mechanisms { get; set; } = [];
    public string? Resource { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public List<string> Conditions { get; set; } = [];
    /// <summary>Types the claim is scoped to (`for Typology.type`), when the typology is known.</summary>
    public List<string> Scope { get; } = [];
    public string? Stage { get; set; }
    public string? Status { get; set; }
    public string? Provenance { get; set; }
    public string? Confidence { get; set; }
    public List<string> Evidence { get; set; } = [];
}
