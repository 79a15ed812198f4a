using System.Collections.Immutable;

namespace Theory.Text;

/// <summary>
/// The immutable text of one source file with its line map. Line breaks are CRLF, CR or LF,
/// each counted as one break, so positions agree with editors on every platform.
/// </summary>
public sealed class SourceText
{
    private readonly string _text;

    private SourceText(string text, string filePath)
    {
        _text = text;
        FilePath = filePath;
        Lines = ParseLines(this, text);
    }

    /// <summary>The path the text was read from, or an empty string for in-memory text.</summary>
    public string FilePath { get; }

    public ImmutableArray<TextLine> Lines { get; }

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public static SourceText From(string text, string filePath = "")
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        if (filePath is null)
            throw new ArgumentNullException(nameof(filePath));
        return new SourceText(text, filePath);
    }

    /// <summary>The zero-based index of the line that holds <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var lower = 0;
        var upper = Lines.Length - 1;
        while (lower <= upper)
        {
            var index = lower + (upper - lower) / 2;
            var start = Lines[index].Start;
            if (position == start)
                return index;
            if (start > position)
                upper = index - 1;
            else
                lower = index + 1;
        }

        return Math.Max(0, lower - 1);
    }

    /// <summary>
    /// Line and column of <paramref name="position"/>. A byte order mark stays in the text (so the
    /// tree round-trips the file) but is not a column: editors do not show it, and a diagnostic
    /// must point where the user sees the character.
    /// </summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        var column = position - Lines[line].Start;
        if (line == 0 && column > 0 && _text.Length > 0 && _text[0] == '\uFEFF')
            column--;
        return new LinePosition(line, column);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public override string ToString() => _text;

    public string ToString(int start, int length) => _text.Substring(start, length);

    public string ToString(TextSpan span) => ToString(span.Start, span.Length);

    private static ImmutableArray<TextLine> ParseLines(SourceText sourceText, string text)
    {
        var result = ImmutableArray.CreateBuilder<TextLine>();
        var lineStart = 0;
        var position = 0;
        while (position < text.Length)
        {
            var breakWidth = GetLineBreakWidth(text, position);
            if (breakWidth == 0)
            {
                position++;
                continue;
            }

            result.Add(new TextLine(sourceText, result.Count, lineStart, position - lineStart, position - lineStart + breakWidth));
            position += breakWidth;
            lineStart = position;
        }

        result.Add(new TextLine(sourceText, result.Count, lineStart, position - lineStart, position - lineStart));
        return result.ToImmutable();
    }

    private static int GetLineBreakWidth(string text, int position)
    {
        var c = text[position];
        if (c == '\r')
            return position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
        return c == '\n' ? 1 : 0;
    }
}
