using Theory.LanguageServer.Protocol;
using Theory.Syntax;

namespace Theory.LanguageServer.Features;

/// <summary>Folds: every block that spans lines, and runs of two or more comment lines.</summary>
internal static class FoldingFeature
{
    public static FoldingRange[] Ranges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.OpenBraceToken || token.Parent is not { } block)
                continue;
            var close = block.ChildTokens().LastOrDefault(t => t.Kind == SyntaxKind.CloseBraceToken && !t.IsMissing);
            if (close is null)
                continue;
            var start = text.GetLineIndex(token.Span.Start);
            var end = text.GetLineIndex(close.Span.Start);
            if (end > start)
                ranges.Add(new FoldingRange(start, end - 1, null));
        }

        // Comments: consecutive comment lines fold together; a block comment folds on its own.
        int? runStart = null, runEnd = null;
        foreach (var trivia in tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)))
        {
            if (trivia.Kind is not (SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia))
                continue;
            var first = text.GetLineIndex(trivia.Span.Start);
            var last = text.GetLineIndex(Math.Max(trivia.Span.Start, trivia.Span.End - 1));
            if (runStart is not null && first == runEnd + 1)
            {
                runEnd = last;
                continue;
            }

            if (runStart is not null && runEnd > runStart)
                ranges.Add(new FoldingRange(runStart.Value, runEnd!.Value, "comment"));
            (runStart, runEnd) = (first, last);
        }

        if (runStart is not null && runEnd > runStart)
            ranges.Add(new FoldingRange(runStart.Value, runEnd!.Value, "comment"));
        return [.. ranges.OrderBy(r => r.StartLine).ThenBy(r => r.EndLine)];
    }
}
