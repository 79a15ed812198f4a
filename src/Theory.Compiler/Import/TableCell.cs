using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// One cell of a table: its text, where a diagnostic points (the cell's span in a CSV file, or the
/// workbook as a whole), and its address as the spreadsheet shows it (`C7`, `'CMOC table'!C7`).
/// </summary>
internal readonly record struct TableCell(string Text, Location Location, string Address, int Row, int Column)
{
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
