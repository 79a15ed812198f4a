using System.Collections.Immutable;
using System.Text;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// An RFC 4180 table read from a spreadsheet export: quoted cells may hold delimiters, quotes ("")
/// and line breaks; rows end with CRLF, LF or CR; a byte-order mark is ignored. The delimiter is a
/// comma unless the first line has none and has semicolons or tabs (European spreadsheets, Excel's
/// "Unicode Text"). Rows are numbered as the spreadsheet numbers them: a blank line is a row too,
/// and a cell with line breaks is one row however many lines it takes in the file.
/// </summary>
internal static class CsvTable
{
    public static ImmutableArray<TableRow> Parse(SourceText text)
    {
        var content = text.ToString();
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var delimiter = DetectDelimiter(content, start);
        var place = new TablePlace(text, text.FilePath, null);
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        var row = ImmutableArray.CreateBuilder<TableCell>();
        var cell = new StringBuilder();
        var cellStart = start;
        var quoted = false;
        var rowNumber = 1;
        var i = start;

        void EndCell(int end)
        {
            var column = row.Count;
            row.Add(new TableCell(Unprotected(cell.ToString()), place, TextSpan.FromBounds(cellStart, Math.Max(cellStart, end)), rowNumber, column));
            cell.Clear();
        }

        void EndRow()
        {
            if (row.Any(c => !c.IsBlank))
                rows.Add(new TableRow(rowNumber, row.ToImmutable()));
            row.Clear();
            rowNumber++;
        }

        while (i < content.Length)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
                i++;
                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                i++;
            }
            else if (c == delimiter)
            {
                EndCell(i);
                cellStart = ++i;
            }
            else if (c is '\r' or '\n')
            {
                EndCell(i);
                EndRow();
                i += c == '\r' && i + 1 < content.Length && content[i + 1] == '\n' ? 2 : 1;
                cellStart = i;
            }
            else
            {
                cell.Append(c);
                i++;
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            EndCell(content.Length);
            EndRow();
        }

        return rows.ToImmutable();
    }

    /// <summary>
    /// A cell without the apostrophe that CSV exports (ours, and spreadsheets') put before text a
    /// spreadsheet would run as a formula (`'=SUM(…)`, `'-5% of staff`): the apostrophe is not the
    /// cell's text, and importing an export must give back what was exported.
    /// </summary>
    private static string Unprotected(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text.Substring(1) : text;

    /// <summary>
    /// The candidate that separates the most cells in one of the first lines: a title row above
    /// the header ("Table 4: CMOCs, by cluster") may hold a comma, the header holds many.
    /// Ties go to the comma, then the tab.
    /// </summary>
    private static char DetectDelimiter(string content, int start)
    {
        char[] candidates = [',', '\t', ';'];
        var best = new int[candidates.Length];
        var counts = new int[candidates.Length];
        var quoted = false;
        var lines = 0;
        for (var i = start; i < content.Length && lines < 10; i++)
        {
            var c = content[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c is '\r' or '\n')
            {
                lines++;
                for (var k = 0; k < counts.Length; k++)
                    (best[k], counts[k]) = (Math.Max(best[k], counts[k]), 0);
            }
            else if (!quoted && Array.IndexOf(candidates, c) is var k and >= 0)
                counts[k]++;
        }

        for (var k = 0; k < counts.Length; k++)
            best[k] = Math.Max(best[k], counts[k]);
        var chosen = 0;
        for (var k = 1; k < candidates.Length; k++)
            if (best[k] > best[chosen])
                chosen = k;
        return candidates[chosen];
    }
}
