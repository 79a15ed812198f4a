using System.Text;

namespace Theory.Formatting;

/// <summary>
/// The formatter's output, a line at a time. Comments that end a line are kept apart from the code
/// so that those on consecutive lines can be lined up (as gofmt does) once all lines are known.
/// </summary>
internal sealed class FormattedLines
{
    private readonly List<(string Code, string? Comment)> _lines = [];
    private StringBuilder? _current;

    public bool AtLineStart => _current is null;

    public bool IsEmpty => _lines.Count == 0 && _current is null;

    /// <summary>The column the next character goes to (after the last line break inside the line).</summary>
    public int Column
    {
        get
        {
            if (_current is null)
                return 0;
            var text = _current.ToString();
            var lastBreak = text.LastIndexOfAny(['\n', '\r']);
            return text.Length - lastBreak - 1;
        }
    }

    /// <summary>True when the last finished line opens a block: no blank line may follow it.</summary>
    public bool LastLineOpensBlock => _lines.Count > 0 && _lines[^1].Code.TrimEnd().EndsWith("{", StringComparison.Ordinal);

    public void StartLine(string indent)
    {
        EndLine();
        _current = new StringBuilder(indent);
    }

    public void Append(string text) => (_current ??= new StringBuilder()).Append(text);

    public void EndLine(string? trailingComment = null)
    {
        if (_current is null)
            return;
        _lines.Add((_current.ToString().TrimEnd(), trailingComment));
        _current = null;
    }

    /// <summary>One blank line, never two in a row and never at the top.</summary>
    public void BlankLine()
    {
        EndLine();
        if (_lines.Count > 0 && _lines[^1].Code.Length > 0)
            _lines.Add(("", null));
    }

    public string ToText(string newLine)
    {
        EndLine();
        while (_lines.Count > 0 && _lines[^1].Code.Length == 0 && _lines[^1].Comment is null)
            _lines.RemoveAt(_lines.Count - 1);
        var columns = CommentColumns();
        var builder = new StringBuilder();
        for (var i = 0; i < _lines.Count; i++)
        {
            var (code, comment) = _lines[i];
            builder.Append(code);
            if (comment is not null)
                builder.Append(' ', columns[i] - code.Length).Append(comment);
            builder.Append(newLine);
        }

        return builder.ToString();
    }

    /// <summary>Trailing comments of consecutive lines start in one column, two spaces after the longest code.</summary>
    private int[] CommentColumns()
    {
        var columns = new int[_lines.Count];
        var start = 0;
        while (start < _lines.Count)
        {
            if (_lines[start].Comment is null)
            {
                start++;
                continue;
            }

            // A run is consecutive lines at one indentation: a block's opening line does not pull
            // the comments of its clauses out to its own column.
            var end = start;
            while (end < _lines.Count && _lines[end].Comment is not null && IndentOf(_lines[end].Code) == IndentOf(_lines[start].Code))
                end++;
            var column = 0;
            for (var i = start; i < end; i++)
                column = Math.Max(column, LastLineWidth(_lines[i].Code) + 2);
            for (var i = start; i < end; i++)
                columns[i] = column - LastLineWidth(_lines[i].Code) + _lines[i].Code.Length;
            start = end;
        }

        return columns;
    }

    private static int IndentOf(string code) => code.Length - code.TrimStart(' ').Length;

    // A line can hold a block comment that spans lines; only its last line shares the comment's row.
    private static int LastLineWidth(string code) => code.Length - code.LastIndexOfAny(['\n', '\r']) - 1;
}
