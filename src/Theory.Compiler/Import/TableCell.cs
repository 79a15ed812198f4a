using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// Where a table's cells are: a CSV file's text (diagnostics point at a cell's span) or a workbook
/// (diagnostics name the file, and the sheet prefixes the address). One per table, so a cell
/// carries no location or address of its own until a diagnostic asks: a table of 300,000 rows
/// has millions of cells.
/// </summary>
internal sealed class TablePlace(SourceText? text, string filePath, string? sheet)
{
    public string FilePath { get; } = filePath;

    public string? Sheet { get; } = sheet;

    public Location LocationOf(TextSpan span) => text is null ? Location.OfFile(FilePath) : new Location(text, span);
}

/// <summary>
/// One cell of a table: its text, its place (the span in a CSV file, or the workbook as a whole),
/// and its address as the spreadsheet shows it (`C7`, `'CMOC table'!C7`), or another name for
/// what is not a cell (a QDA code).
/// </summary>
internal readonly record struct TableCell(string Text, TablePlace Place, TextSpan Span, int Row, int Column, string? AddressOverride = null)
{
    public Location Location => Place.LocationOf(Span);

    public string Address => AddressOverride ?? CellAddress.Of(Place.Sheet, Row, Column);

    public string Trimmed => Text.Trim();

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A row that holds something, numbered as the spreadsheet numbers it (blank rows count).</summary>
internal sealed record TableRow(int Number, ImmutableArray<TableCell> Cells);

/// <summary>Spreadsheet addresses: column letters (A … Z, AA …) and a sheet prefix quoted as Excel quotes it.</summary>
public static class CellAddress
{
    /// <summary>`C7`, or `'CMOC table'!C7` with a sheet; <paramref name="row"/> counts from 1, <paramref name="column"/> from 0.</summary>
    public static string Of(string? sheet, int row, int column) => Prefix(sheet) + ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>`B` for column index 1; `AA` for 26.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    /// <summary>`Sheet1!` or `'My sheet'!`; empty without a sheet.</summary>
    public static string Prefix(string? sheet)
    {
        if (string.IsNullOrEmpty(sheet))
            return "";
        var plain = sheet!.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(sheet[0]);
        return (plain ? sheet : "'" + sheet.Replace("'", "''") + "'") + "!";
    }
}
