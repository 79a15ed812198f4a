using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Csv;

/// <summary>
/// One row per CMOC, with the columns a realist synthesis appendix uses. RFC 4180 quoting, CRLF
/// row ends (what spreadsheets expect), and cells that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or CR) prefixed with an apostrophe.
/// </summary>
public static class CsvEmitter
{
    /// <summary>The column headings, in order.</summary>
    public static IReadOnlyList<string> Columns => CmocTableRows.Columns;

    /// <summary>Writes the table. Multiple terms in one cell are separated by "; ".</summary>
    public static string Emit(Compilation compilation, EmitOptions? options = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(compilation, text, options);
        return text.ToString();
    }

    /// <summary>As <see cref="Emit"/>, written to <paramref name="output"/> row by row (`theory build` writes it to its file).</summary>
    internal static void WriteTo(Compilation compilation, TextWriter output, EmitOptions? options = null)
    {
        WriteRow(output, Columns);
        foreach (var row in CmocTableRows.Of(compilation.Cmocs, labels: false))
            WriteRow(output, row);
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                output.Write(',');
            output.Write(Cell(cells[i]));
        }

        output.Write("\r\n");
    }

    /// <summary>A CSV cell: neutralised against formula injection, then quoted when it needs to be.</summary>
    // What makes a cell quoted (a collection expression in the call made a new array per cell).
    private static readonly char[] QuotedSpecials = [',', '"', '\r', '\n'];

    internal static string Cell(string value)
    {
        var text = TextSanitiser.OneLine(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        if (text.IndexOfAny(QuotedSpecials) >= 0 || text.Length > 0 && (text[0] == ' ' || text[text.Length - 1] == ' '))
            return "\"" + text.Replace("\"", "\"\"") + "\"";
        return text;
    }
}
