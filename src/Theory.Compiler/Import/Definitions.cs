namespace Theory.Import;

/// <summary>
/// Reads the tables of constructs and groups a workbook from `theory build` carries beside its
/// CMOC sheets (headed `Construct, Label, Kind, Aliases, Description` and `Group, Label, Kind,
/// Description`): the names, kinds and descriptions that the labels in the CMOC sheets stand for.
/// </summary>
internal static class Definitions
{
    /// <summary>True when <paramref name="table"/> is such a table; its rows are then given to <paramref name="model"/>.</summary>
    public static bool TryRead(CmocTable table, ImportedTheory model)
    {
        if (table.Rows.IsEmpty)
            return false;
        var header = table.Rows[0].Cells.Select(c => ColumnMap.Key(c.Text)).ToList();
        var label = header.IndexOf("label");
        if (header.Count < 2 || label < 0 || header.Contains("context") || header[0] is not ("construct" or "group"))
            return false;
        var kind = header.IndexOf("kind");
        var aliases = header.IndexOf("aliases");
        var description = header.IndexOf("description");
        foreach (var row in table.Rows.Skip(1))
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Length ? row.Cells[index].Trimmed : "";
            var name = Cell(0);
            if (name.Length == 0 || !ImportNames.IsName(name))
                continue;
            if (header[0] == "construct")
                model.DefineConstruct(name, Cell(label), Cell(kind), CellItems.Split(Cell(aliases)), Cell(description));
            else
                model.DefineGroup(name, Cell(label), Cell(kind), Cell(description));
        }

        return true;
    }
}
