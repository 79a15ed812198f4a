namespace Theory.Import;

/// <summary>How <see cref="CsvCmocImporter"/> reads a table and names what it writes.</summary>
public sealed class CsvImportOptions
{
    /// <summary>The theory's name (an identifier); defaults to one made from the file name.</summary>
    public string? TheoryName { get; init; }

    /// <summary>
    /// Which header holds which part, overriding the built-in names: keys are roles (<c>id</c>,
    /// <c>title</c>, <c>group</c>, <c>context</c>, <c>mechanism</c>, <c>resource</c>, <c>outcome</c>,
    /// <c>conditions</c>, <c>scope</c>, <c>stage</c>, <c>status</c>, <c>provenance</c>,
    /// <c>confidence</c>, <c>sources</c>, <c>evidence</c>, <c>quote</c>, <c>description</c>), values are headers.
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Which headers hold which part, as (role, header) pairs; unlike <see cref="Columns"/>, a role
    /// may have several columns (`outcome` from "Intermediate outcome(s)" and "Final outcome").
    /// A role mapped here or in <see cref="Columns"/> is read only from the columns named.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ColumnMappings { get; init; } = [];

    /// <summary>The level given to a context the table writes without one (`high`), or null to leave it unsigned.</summary>
    public string? DefaultLevel { get; init; }

    /// <summary>The direction given to a mechanism or outcome the table writes without one (`increased`), or null.</summary>
    public string? DefaultDirection { get; init; }

    /// <summary>
    /// The .bib file the theory will name. Keys not in <see cref="KnownCitationKeys"/> get stub
    /// entries in <see cref="CsvImportResult.BibliographyText"/>, to be written to this file.
    /// </summary>
    public string BibliographyFileName { get; init; } = "references.bib";

    /// <summary>Citation keys that already exist (in an existing .bib): no stubs are made for them.</summary>
    public IReadOnlyCollection<string> KnownCitationKeys { get; init; } = [];

    internal IReadOnlyList<KeyValuePair<string, string>> AllColumns() =>
        [.. ColumnMappings, .. Columns.Where(c => !ColumnMappings.Any(m => m.Key == c.Key && m.Value == c.Value))];
}
