using Theory.LanguageServer.Protocol;
using Theory.Text;
using Range = Theory.LanguageServer.Protocol.Range;

namespace Theory.LanguageServer;

/// <summary>Between the compiler's offsets and the protocol's lines and UTF-16 characters (the same units: .NET strings are UTF-16).</summary>
internal static class LspText
{
    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new Position(position.Line, position.Character);
    }

    public static Range ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>The offset of a position, clamped into the text (clients may send a position past a line's end).</summary>
    public static int ToOffset(SourceText text, Position position)
    {
        if (text.Lines.Length == 0)
            return 0;
        if (position.Line >= text.Lines.Length)
            return text.Length;
        var line = text.Lines[Math.Max(0, position.Line)];
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = Math.Max(start, ToOffset(text, range.End));
        return new TextSpan(start, end - start);
    }

    /// <summary>A text with <paramref name="change"/> made: the whole text when it has no range.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
            return change.Text;
        var source = SourceText.From(text);
        var span = ToSpan(source, change.Range);
        return string.Concat(text.AsSpan(0, span.Start), change.Text, text.AsSpan(span.End));
    }
}
