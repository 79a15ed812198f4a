using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using Theory.Import;

namespace Theory.Spreadsheets;

/// <summary>
/// Reads the sheets of an Excel workbook (.xlsx) as <see cref="CmocTable"/>s, through MiniExcel:
/// every cell as the text Excel shows (numbers without a trailing `.0`, dates as ISO dates), rows
/// numbered as Excel numbers them. A workbook is untrusted input: its unzipped size and its cells
/// are bounded (<c>Limits.ArchiveBytes</c>, <c>Limits.WorkbookCells</c>), and a file that is not a
/// workbook is one clear error, never an exception.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>
    /// The workbook's sheets in order (or only <paramref name="sheet"/>), each as a table whose cells
    /// are addressed `Sheet!C7`; null with the reason when the file cannot be read as a workbook.
    /// </summary>
    /// <param name="path">The workbook on disk.</param>
    /// <param name="displayPath">The path diagnostics show.</param>
    /// <param name="sheet">The one sheet to read, or null for all.</param>
    /// <param name="error">Why the workbook could not be read.</param>
    public static IReadOnlyList<CmocTable>? Read(string path, string displayPath, string? sheet, out string? error)
    {
        try
        {
            if (Unzipped(path) is { } size && size > Limits.ArchiveBytes)
            {
                error = $"the workbook unzips to {size / (1024 * 1024)} MiB; the limit is {Limits.ArchiveBytes / (1024 * 1024)} MiB";
                return null;
            }

            var names = MiniExcel.GetSheetNames(path);
            if (sheet is not null && !names.Contains(sheet, StringComparer.Ordinal))
            {
                error = $"the workbook has no sheet named '{sheet}'; its sheets are {string.Join(", ", names.Select(n => "'" + n + "'"))}";
                return null;
            }

            var tables = new List<CmocTable>();
            var cells = 0L;
            foreach (var name in names.Where(n => sheet is null || n == sheet))
            {
                var rows = new List<IReadOnlyList<string?>>();
                foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: name))
                {
                    cells += row.Count;
                    if (cells > Limits.WorkbookCells)
                    {
                        error = $"the workbook has more than {Limits.WorkbookCells.ToString("N0", CultureInfo.InvariantCulture)} cells, the limit";
                        return null;
                    }

                    rows.Add(Cells(row));
                }

                tables.Add(CmocTable.FromCells(displayPath, name, rows));
            }

            error = null;
            return tables;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException
            or FormatException or ArgumentException or NotSupportedException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException)
        {
            // MiniExcel throws what its parsing meets; a file that is not a workbook is the reader's
            // problem to name, not the user's to debug.
            error = $"it is not an Excel workbook (.xlsx) that can be read: {e.Message}";
            return null;
        }
    }

    /// <summary>The size the zip's entries declare once unzipped; null when it is not a zip.</summary>
    private static long? Unzipped(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Sum(e => e.Length);
    }

    // MiniExcel keys cells by column letters (A, B, ... AA); blank cells are present, as null.
    private static List<string?> Cells(IDictionary<string, object?> row)
    {
        var cells = new List<string?>();
        foreach (var (column, value) in row)
        {
            var index = ColumnIndex(column);
            while (cells.Count <= index)
                cells.Add(null);
            cells[index] = Text(value);
        }

        return cells;
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("s", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
