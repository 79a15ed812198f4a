using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>
/// TH4xxx: importing a table of CMOCs. Each message starts with the cell's address as the
/// spreadsheet shows it (`C7`, `Sheet1!C7`): a CSV file's lines are not its rows when a cell holds
/// line breaks, and a workbook has no lines at all.
/// </summary>
internal sealed partial class DiagnosticBag
{
    public void ReportImportMissingColumn(Location location, string role, string headers) =>
        Add(DiagnosticDescriptors.ImportMissingColumn, location, role, headers);

    public void ReportImportRowWithoutMechanism(Location location, string address, string row, string id) =>
        Add(DiagnosticDescriptors.ImportRowWithoutMechanism, location, address, row, id);

    // missing: "context" or "outcome".
    public void ReportImportRowIncomplete(Location location, string address, string row, string id, string missing) =>
        Add(DiagnosticDescriptors.ImportRowIncomplete, location, address, row, id, missing);

    public void ReportImportDuplicateId(Location location, string address, string row, string id, string importedAs) =>
        Add(DiagnosticDescriptors.ImportDuplicateId, location, address, row, id, importedAs);

    // what: What the cell holds ("ID", "scope", "confidence").
    // result: What became of it, as a clause: "was not imported: ...".
    public void ReportImportValueChanged(Location location, string address, string what, string value, string result) =>
        Add(DiagnosticDescriptors.ImportValueChanged, location, address, what, value, result);

    public void ReportImportGeneratedId(Location location, string address, string row, string id) =>
        Add(DiagnosticDescriptors.ImportGeneratedId, location, address, row, id);

    // reason: why, as a clause ("its header names no part of a CMOC").
    public void ReportImportColumnNotImported(Location location, string address, string header, string reason) =>
        Add(DiagnosticDescriptors.ImportColumnNotImported, location, address, header, reason);

    // missing: the headers of the missing cells ("`Source(s)`, `Notes`").
    public void ReportImportShortRow(Location location, string address, string row, int cells, int headerCells, string missing) =>
        Add(DiagnosticDescriptors.ImportShortRow, location, address, row, cells, headerCells, missing);

    // rows: "the row above it was" or "the 2 rows above it were"; first: the first row's text.
    public void ReportImportRowsAboveHeader(Location location, string address, string headerRow, string rows, string first) =>
        Add(DiagnosticDescriptors.ImportRowsAboveHeader, location, address, headerRow, rows, first);

    public void ReportImportWithoutSigns(Location location) => Add(DiagnosticDescriptors.ImportWithoutSigns, location);
}
