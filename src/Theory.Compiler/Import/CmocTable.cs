using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// A table of CMOCs as a spreadsheet holds it: rows of cells with their addresses, read from a CSV
/// file (<see cref="FromCsv"/>) or from any other grid of cells (<see cref="FromCells"/>: a sheet
/// of an Excel workbook). <see cref="CsvCmocImporter.ImportTable"/> turns it into a theory.
/// </summary>
public sealed class CmocTable
{
    private CmocTable(string filePath, string? sheetName, ImmutableArray<TableRow> rows, string? legacyEncoding)
    {
        FilePath = filePath;
        SheetName = sheetName;
        Rows = rows;
        LegacyEncoding = legacyEncoding;
    }

    /// <summary>The file the table came from, as diagnostics show it.</summary>
    public string FilePath { get; }

    /// <summary>The sheet's name for a workbook (it prefixes cell addresses), else null.</summary>
    public string? SheetName { get; }

    /// <summary>The encoding a CSV file was read in when it was not Unicode (reported as TH3010), else null.</summary>
    public string? LegacyEncoding { get; }

    /// <summary>Rows that hold something, in order, numbered as the spreadsheet numbers them.</summary>
    internal ImmutableArray<TableRow> Rows { get; }

    /// <summary>How many rows hold something.</summary>
    public int RowCount => Rows.Length;

    /// <summary>A CSV file (RFC 4180; comma, semicolon or tab separated); diagnostics point at its cells.</summary>
    /// <param name="csv">The decoded text.</param>
    /// <param name="legacyEncoding">The encoding it was decoded from when that was not Unicode (see <c>DataTextDecoder</c>).</param>
    public static CmocTable FromCsv(SourceText csv, string? legacyEncoding = null)
    {
        if (csv is null)
            throw new ArgumentNullException(nameof(csv));
        return new CmocTable(csv.FilePath, null, CsvTable.Parse(csv), legacyEncoding);
    }

    /// <summary>
    /// A grid of cells: <paramref name="rows"/>[i] is spreadsheet row i + 1, and a row's cells start
    /// at column A (null or empty for a blank cell). Diagnostics name the file and the cell's address.
    /// </summary>
    public static CmocTable FromCells(string filePath, string? sheetName, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        if (rows is null)
            throw new ArgumentNullException(nameof(rows));
        var place = new TablePlace(null, filePath, sheetName);
        var result = ImmutableArray.CreateBuilder<TableRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r] ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            result.Add(new TableRow(r + 1, [.. cells.Select((text, c) => new TableCell(text ?? "", place, default, r + 1, c))]));
        }

        return new CmocTable(filePath, sheetName, result.ToImmutable(), null);
    }
}
