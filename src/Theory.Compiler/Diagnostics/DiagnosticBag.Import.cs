using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>TH4xxx: importing a table of CMOCs.</summary>
internal sealed partial class DiagnosticBag
{
    public void ReportImportMissingColumn(Location location, string role, string headers) =>
        Add(DiagnosticDescriptors.ImportMissingColumn, location, role, headers);

    public void ReportImportRowWithoutMechanism(Location location, string row, string id) =>
        Add(DiagnosticDescriptors.ImportRowWithoutMechanism, location, row, id);

    // missing: "context" or "outcome".
    public void ReportImportRowIncomplete(Location location, string row, string id, string missing) =>
        Add(DiagnosticDescriptors.ImportRowIncomplete, location, row, id, missing);

    public void ReportImportDuplicateId(Location location, string row, string id, string importedAs) =>
        Add(DiagnosticDescriptors.ImportDuplicateId, location, row, id, importedAs);

    // what: What the cell holds ("ID", "scope", "confidence").
    // result: What became of it, as a clause: "was not imported: ...".
    public void ReportImportValueChanged(Location location, string what, string value, string result) =>
        Add(DiagnosticDescriptors.ImportValueChanged, location, what, value, result);

    public void ReportImportGeneratedId(Location location, string row, string id) =>
        Add(DiagnosticDescriptors.ImportGeneratedId, location, row, id);
}
