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
        if (header.Count < 2 || label < 0 || header.Contains("context") || header[0] is not ("construct" or "group" or "typology"))
            return false;
        if (header[0] == "typology")
            return ReadTypologies(table, header, model);
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

    // `Typology, Type, Label, Attributes, Typology label, Description`: one row per type.
    private static bool ReadTypologies(CmocTable table, List<string> header, ImportedTheory model)
    {
        int Column(string key) => header.IndexOf(key);
        var (type, label, attributes, typologyLabel, description) = (Column("type"), Column("label"), Column("attributes"), Column("typologylabel"), Column("description"));
        foreach (var row in table.Rows.Skip(1))
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Length ? row.Cells[index].Trimmed : "";
            var typology = Cell(0);
            if (!ImportNames.IsName(typology))
                continue;
            model.DefineTypology(typology, Cell(typologyLabel), Cell(description));
            if (ImportNames.IsName(Cell(type)))
                model.DefineType(typology, Cell(type), Cell(label), CellItems.Split(Cell(attributes)));
        }

        return true;
    }
}
