using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Formatting;

/// <summary>
/// What lies between two tokens once whitespace is set aside: the comments, each with the number
/// of line breaks before it, and the line breaks after the last one. Layout is decided from the
/// tree; only comments and the author's blank lines survive from the original spacing.
/// </summary>
internal sealed class TriviaGap
{
    private TriviaGap(ImmutableArray<GapComment> comments, int lineBreaksAfter)
    {
        Comments = comments;
        LineBreaksAfter = lineBreaksAfter;
    }

    public ImmutableArray<GapComment> Comments { get; }

    /// <summary>Line breaks between the last comment (or the previous token) and the next token.</summary>
    public int LineBreaksAfter { get; }

    /// <summary>All line breaks in the gap (a blank line between two tokens is two or more).</summary>
    public int LineBreaks => LineBreaksAfter + Comments.Sum(c => c.LineBreaksBefore);

    public static TriviaGap Between(SyntaxToken? previous, SyntaxToken next)
    {
        var comments = ImmutableArray.CreateBuilder<GapComment>();
        var breaks = 0;
        if (previous is not null)
            Read(previous.TrailingTrivia, comments, ref breaks);
        Read(next.LeadingTrivia, comments, ref breaks);
        return new TriviaGap(comments.ToImmutable(), breaks);
    }

    /// <summary>True when the gap holds something a formatter must not touch (skipped text after an error).</summary>
    public static bool HasUnformattable(SyntaxToken token) =>
        token.IsMissing || token.Kind == SyntaxKind.UnterminatedStringToken
        || token.LeadingTrivia.Any(IsError) || token.TrailingTrivia.Any(IsError);

    private static bool IsError(SyntaxTrivia trivia) =>
        trivia.Kind is SyntaxKind.SkippedTokenTrivia or SyntaxKind.InvalidCharacterTrivia;

    private static void Read(ImmutableArray<SyntaxTrivia> trivia, ImmutableArray<GapComment>.Builder comments, ref int breaks)
    {
        foreach (var item in trivia)
        {
            switch (item.Kind)
            {
                case SyntaxKind.EndOfLineTrivia:
                    breaks++;
                    break;
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    comments.Add(new GapComment(item.Text.TrimEnd(), item.Kind == SyntaxKind.SingleLineCommentTrivia, breaks));
                    breaks = 0;
                    break;
            }
        }
    }
}

/// <summary>A comment in a gap: its text, whether it runs to the end of its line, and the line breaks before it.</summary>
internal readonly record struct GapComment(string Text, bool IsLineComment, int LineBreaksBefore)
{
    /// <summary>A block comment that spans lines is written as it stands: its inner lines are the author's.</summary>
    public bool SpansLines => Text.IndexOf('\n') >= 0 || Text.IndexOf('\r') >= 0;
}
