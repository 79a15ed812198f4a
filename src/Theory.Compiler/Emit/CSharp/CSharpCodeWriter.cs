using System.Text;

namespace Theory.Emit.CSharp;

/// <summary>
/// Lines of C# with four-space indentation and LF line ends, in the layout Roslyn's
/// <c>NormalizeWhitespace</c> would give them (braces on their own lines, a blank line between
/// nested classes, <c>///&lt;summary&gt;</c> docs with no space), at a fraction of its cost.
/// </summary>
internal sealed class CSharpCodeWriter(TextWriter output)
{
    // One line at a time: the model of a 100k-CMOC theory is 200 MB of C#, never held whole.
    private readonly StringBuilder _line = new();
    private int _depth;

    public void Line(string text)
    {
        StartLine().Append(text);
        EndLine("");
    }

    public void BlankLine() => output.Write('\n');

    /// <summary>Starts an indented line for the caller to append to; <see cref="EndLine"/> finishes it.</summary>
    public StringBuilder StartLine() => _line.Clear().Append(' ', _depth * 4);

    public void EndLine(string end)
    {
        _line.Append(end).Append('\n');
#if NET
        foreach (var chunk in _line.GetChunks())
            output.Write(chunk.Span);
#else
        output.Write(_line.ToString());
#endif
    }

    public void Open()
    {
        Line("{");
        _depth++;
    }

    public void Close()
    {
        _depth--;
        Line("}");
    }

    /// <summary>
    /// A one-line <c>///&lt;summary&gt;</c> comment. The text is put on one line (a line break would
    /// end the comment) and XML-escaped, so it cannot close the element or the comment.
    /// </summary>
    public void Summary(string title, string? description)
    {
        var text = TextSanitiser.OneLine(title);
        if (!string.IsNullOrWhiteSpace(description))
            text += (text.Length > 0 ? ": " : "") + TextSanitiser.OneLine(description!);
        var line = StartLine().Append("///<summary>");
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                default: line.Append(c); break;
            }
        }

        line.Append("</summary>");
        EndLine("");
    }
}
