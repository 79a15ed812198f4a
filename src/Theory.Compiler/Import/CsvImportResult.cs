using System.Collections.Immutable;
using Theory.Diagnostics;

namespace Theory.Import;

/// <summary>What importing a CMOC table produced.</summary>
/// <param name="TheoryText">The theory file, or null when the table could not be read at all (TH4001).</param>
/// <param name="BibliographyText">Stub BibTeX entries for cited keys not already known, or null when none are needed.</param>
/// <param name="ImportedCmocs">How many rows became CMOCs (rows without a mechanism, which became links, are <see cref="ImportedLinks"/>).</param>
/// <param name="SkippedRows">How many rows were reported and left out.</param>
/// <param name="Diagnostics">What could not be mapped as written, located in the table (TH4xxx).</param>
public sealed record CsvImportResult(
    string? TheoryText,
    string? BibliographyText,
    int ImportedCmocs,
    int SkippedRows,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How many rows had no mechanism and became `link`s.</summary>
    public int ImportedLinks { get; init; }
}
