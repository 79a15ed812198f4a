using Theory.Emit;
using Theory.Emit.Csv;
using Theory.Semantics;

namespace Theory.Spreadsheets;

/// <summary>
/// The CMOC table as an Excel workbook for people: one sheet per group (the CMOCs of each theme,
/// MRT or cluster, and "Other CMOCs" for the rest), terms written with their constructs' labels,
/// evidence with its locators and quotes; then "Constructs", "Groups" and "Typologies" sheets that
/// give each label its name, kind and description and declare the types that scopes name, so that
/// `theory import xlsx` reads the workbook back into the same theory.
/// </summary>
public static class CmocWorkbook
{
    /// <summary>The headers of the CMOC sheets, as people read them.</summary>
    internal static IReadOnlyList<string> Headers { get; } = [.. CmocTableRows.Columns.Select(Title)];

    public static string FileNameOf(Compilation compilation) => ArtifactEmitter.NameOf(compilation) + ".cmocs.xlsx";

    public static void Write(Compilation compilation, Stream stream)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        var sheets = new List<XlsxSheet>();
        // One pass, not one scan of every CMOC per group: a theory of a hundred groups and
        // 100,000 CMOCs spent eight seconds here. Sheets come in the order groups first appear.
        var byGroup = new Dictionary<Symbols.GroupSymbol, List<Symbols.CmocSymbol>>();
        var groups = new List<Symbols.GroupSymbol>();
        var ungrouped = new List<Symbols.CmocSymbol>();
        foreach (var cmoc in compilation.Cmocs)
        {
            if (cmoc.Group is not { } group)
            {
                ungrouped.Add(cmoc);
                continue;
            }
            if (!byGroup.TryGetValue(group, out var members))
            {
                byGroup.Add(group, members = []);
                groups.Add(group);
            }
            members.Add(cmoc);
        }
        foreach (var group in groups)
            sheets.Add(CmocSheet(group.DisplayName, byGroup[group]));
        if (ungrouped.Count > 0 || sheets.Count == 0)
            sheets.Add(CmocSheet(groups.Count == 0 ? "CMOCs" : "Other CMOCs", ungrouped));
        sheets.Add(new XlsxSheet("Constructs", [[.. CmocTableRows.ConstructColumns.Select(Title)], .. CmocTableRows.ConstructsOf(compilation)]));
        if (compilation.Groups.Length > 0)
            sheets.Add(new XlsxSheet("Groups", [[.. CmocTableRows.GroupColumns.Select(Title)], .. CmocTableRows.GroupsOf(compilation)]));
        if (compilation.Typologies.Length > 0)
            sheets.Add(new XlsxSheet("Typologies", [[.. CmocTableRows.TypologyColumns.Select(Title)], .. CmocTableRows.TypologiesOf(compilation)]));
        XlsxWriter.Write(stream, sheets);
    }

    private static XlsxSheet CmocSheet(string name, IEnumerable<Symbols.CmocSymbol> cmocs) =>
        new(name, [Headers, .. CmocTableRows.Of(cmocs, labels: true)]);

    private static string Title(string column) => column == "id" ? "ID" : char.ToUpperInvariant(column[0]) + column.Substring(1);
}
