using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Formatting;

/// <summary>
/// The canonical layout of a theory file: two-space indentation, one clause per line in blocks with
/// their keywords lined up, a blank line around every declaration that takes several lines, the
/// author's blank lines elsewhere (at most one), comments where they were. Only whitespace changes,
/// so the formatted file means exactly what the original meant; formatting twice gives what
/// formatting once gave.
/// </summary>
public static class TheoryFormatter
{
    /// <summary>
    /// False when the tree has syntax errors: where the parser had to guess, a new layout could
    /// change what the text means, so such a file is left for its author to mend first.
    /// </summary>
    public static bool CanFormat(SyntaxTree tree)
    {
        if (tree is null)
            throw new ArgumentNullException(nameof(tree));
        return !tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            && !tree.Root.DescendantTokens().Any(TriviaGap.HasUnformattable);
    }

    /// <summary>The formatted text of <paramref name="tree"/>, or null when it cannot be formatted (see <see cref="CanFormat"/>).</summary>
    public static string? Format(SyntaxTree tree)
    {
        if (!CanFormat(tree))
            return null;
        var plan = LayoutPlan.For(tree.Root);
        var writer = new FormattedLines();
        var columns = new Dictionary<SyntaxToken, int>();
        SyntaxToken? previous = null;
        var indent = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            var gap = TriviaGap.Between(previous, token);
            var hasStart = plan.TryGetLineStart(token, out var start);
            var isEnd = token.Kind == SyntaxKind.EndOfFileToken;
            var blankPending = hasStart && start.BlankLineBefore;
            var afterComment = false;
            foreach (var comment in gap.Comments)
            {
                if (comment.LineBreaksBefore == 0 && previous is not null && !writer.AtLineStart)
                {
                    // A comment after code on its line stays there.
                    if (comment.IsLineComment)
                        writer.EndLine(comment.Text);
                    else
                        writer.Append(" " + comment.Text);
                    afterComment = true;
                    continue;
                }

                var commentIndent = isEnd ? 0
                    : hasStart ? start.Indent + (token.Kind == SyntaxKind.CloseBraceToken ? 1 : 0)
                    : indent + 1;
                if (!writer.IsEmpty && (blankPending || comment.LineBreaksBefore >= 2) && !writer.LastLineOpensBlock)
                    writer.BlankLine();
                blankPending = false;
                writer.StartLine(LayoutPlan.IndentText(commentIndent));
                writer.Append(comment.Text);
                if (comment.IsLineComment)
                    writer.EndLine();
                afterComment = true;
            }

            if (isEnd)
                break;

            if (hasStart || writer.AtLineStart || (gap.Comments.Length > 0 && gap.LineBreaksAfter > 0))
            {
                writer.EndLine();
                var sourceBlank = gap.Comments.Length == 0 ? gap.LineBreaks >= 2 : gap.LineBreaksAfter >= 2;
                if (!writer.IsEmpty && hasStart && (blankPending || sourceBlank)
                    && !writer.LastLineOpensBlock && token.Kind != SyntaxKind.CloseBraceToken)
                    writer.BlankLine();
                if (hasStart && start.UnderToken is null)
                    indent = start.Indent;
                var lineIndent = hasStart
                    ? start.UnderToken is { } under && columns.TryGetValue(under, out var column) ? new string(' ', column) : LayoutPlan.IndentText(start.Indent)
                    : LayoutPlan.IndentText(indent + 1);
                writer.StartLine(lineIndent);
            }
            else if (previous is not null)
            {
                writer.Append(new string(' ', afterComment ? 1 : plan.SpacesAfter(previous, token)));
            }

            if (token.Kind == SyntaxKind.IfKeyword)
                columns[token] = writer.Column;
            writer.Append(token.Text);
            previous = token;
        }

        var text = tree.Text.ToString();
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? "\uFEFF" : "";
        return bom + writer.ToText(NewLineOf(text));
    }

    /// <summary>The file's own line ending (that of its first line), so a Windows file stays one.</summary>
    private static string NewLineOf(string text)
    {
        var index = text.IndexOfAny(['\r', '\n']);
        if (index < 0 || text[index] == '\n')
            return "\n";
        return index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }
}
