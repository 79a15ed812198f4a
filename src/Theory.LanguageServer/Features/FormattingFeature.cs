using DiffPlex;
using Theory.Formatting;
using Theory.LanguageServer.Protocol;
using Theory.Syntax;
using Theory.Text;
using TextEdit = Theory.LanguageServer.Protocol.TextEdit;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Document and range formatting through <see cref="TheoryFormatter"/>: the formatted file is
/// compared with the buffer line by line, and each changed run of lines becomes one edit (so the
/// cursor and unchanged lines stay put); a range keeps the edits that touch it.
/// </summary>
internal static class FormattingFeature
{
    public static TextEdit[] Format(SyntaxTree tree, Protocol.Range? range = null)
    {
        if (TheoryFormatter.Format(tree) is not { } formatted)
            return [];
        var original = tree.Text.ToString();
        if (formatted == original)
            return [];
        var diff = Differ.Instance.CreateDiffs(original, formatted, false, false, LinesWithEndings.Instance);
        var oldStarts = Starts(diff.PiecesOld);
        var newStarts = Starts(diff.PiecesNew);
        var requested = range is null ? (TextSpan?)null : LspText.ToSpan(tree.Text, range);
        var edits = new List<TextEdit>();
        foreach (var block in diff.DiffBlocks)
        {
            var start = oldStarts[block.DeleteStartA];
            var end = oldStarts[block.DeleteStartA + block.DeleteCountA];
            if (requested is { } span && (end < span.Start || start > span.End))
                continue;
            var newText = formatted[newStarts[block.InsertStartB]..newStarts[block.InsertStartB + block.InsertCountB]];
            edits.Add(new TextEdit(LspText.ToRange(tree.Text, TextSpan.FromBounds(start, end)), newText));
        }

        return [.. edits];
    }

    /// <summary>The offset where each piece starts, and the total length last.</summary>
    private static int[] Starts(IReadOnlyList<string> pieces)
    {
        var starts = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
            starts[i + 1] = starts[i] + pieces[i].Length;
        return starts;
    }

    /// <summary>Lines with their line breaks, so the pieces put back together are the text exactly.</summary>
    private sealed class LinesWithEndings : IChunker
    {
        public static readonly LinesWithEndings Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    lines.Add(text[start..(i + 1)]);
                    start = i + 1;
                }
            }

            if (start < text.Length)
                lines.Add(text[start..]);
            return lines;
        }
    }
}
