using System.Collections.Immutable;
using System.Text;
using Theory.Text;

namespace Theory.Import;

/// <summary>One cell of a CSV table: its text (quotes removed) and where it sits in the file.</summary>
internal readonly record struct CsvCell(string Text, TextSpan Span);

/// <summary>
/// An RFC 4180 table read from a spreadsheet export: quoted cells may hold delimiters, quotes ("")
/// and line breaks; rows end with CRLF, LF or CR; a UTF-8 byte-order mark is ignored. The delimiter
/// is a comma unless the header row has none and has semicolons or tabs (European spreadsheets).
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(ImmutableArray<ImmutableArray<CsvCell>> rows) => Rows = rows;

    /// <summary>Every row, the header first; blank lines are dropped.</summary>
    public ImmutableArray<ImmutableArray<CsvCell>> Rows { get; }

    public static CsvTable Parse(SourceText text)
    {
        var content = text.ToString();
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var delimiter = DetectDelimiter(content, start);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<CsvCell>>();
        var row = ImmutableArray.CreateBuilder<CsvCell>();
        var cell = new StringBuilder();
        var cellStart = start;
        var quoted = false;
        var i = start;

        void EndCell(int end)
        {
            row.Add(new CsvCell(cell.ToString(), TextSpan.FromBounds(cellStart, Math.Max(cellStart, end))));
            cell.Clear();
        }

        void EndRow()
        {
            if (!(row.Count == 1 && row[0].Text.Length == 0))
                rows.Add(row.ToImmutable());
            row.Clear();
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

        return new CsvTable(rows.ToImmutable());
    }

    private static char DetectDelimiter(string content, int start)
    {
        var end = content.IndexOfAny(['\r', '\n'], start);
        var header = end < 0 ? content.Substring(start) : content.Substring(start, end - start);
        if (header.Contains(','))
            return ',';
        if (header.Contains('\t'))
            return '\t';
        return header.Contains(';') ? ';' : ',';
    }
}
