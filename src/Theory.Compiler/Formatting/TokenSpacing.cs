using Theory.Syntax;

namespace Theory.Formatting;

/// <summary>Spaces between two tokens on one line: none around `.` and before `,` and `:`, one elsewhere.</summary>
internal static class TokenSpacing
{
    public static int Spaces(SyntaxToken left, SyntaxToken right)
    {
        if (right.Kind is SyntaxKind.CommaToken or SyntaxKind.ColonToken or SyntaxKind.DotToken)
            return 0;
        if (left.Kind == SyntaxKind.DotToken)
            return 0;
        return 1;
    }

    /// <summary>The width of <paramref name="tokens"/> written on one line; comments between them are reported.</summary>
    public static int FlatWidth(IEnumerable<SyntaxToken> tokens, out bool hasComment)
    {
        hasComment = false;
        var width = 0;
        SyntaxToken? previous = null;
        foreach (var token in tokens)
        {
            if (previous is not null)
            {
                width += Spaces(previous, token);
                hasComment |= TriviaGap.Between(previous, token).Comments.Length > 0;
            }

            width += token.Text.Length;
            previous = token;
        }

        return width;
    }
}
