using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The tokens of an edited text, made from the tokens of the text before the edit: only the lines
/// the edit touched are lexed again. A previous tree's tokens and their trivia are the pieces the
/// lexer cut its text into; a lexer started just after a line feed cuts the rest of the text as it
/// did (nothing the lexer makes spans a line feed but a block comment, checked for), so the lines
/// before the edit keep their tokens, the lines from the edit's first to the first line after it
/// whose last token the edit left alone are lexed, and the tokens after them move by the edit's
/// length. Tokens are made afresh (a token belongs to one tree), sharing text and trivia.
/// </summary>
internal sealed class EditedTokens
{
    private EditedTokens(List<SyntaxToken> tokens, ImmutableArray<Diagnostic> diagnostics)
    {
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    /// <summary>The tokens the parser reads, in order, ending with the end of file.</summary>
    public List<SyntaxToken> Tokens { get; }

    /// <summary>What lexing the edited lines found (the previous text had nothing to report).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <param name="old">The previous tree's tokens in order, ending with its end of file; none missing.</param>
    /// <param name="oldText">The text they were lexed from; it had nothing to report.</param>
    /// <param name="newText">The edited text.</param>
    /// <returns>Null when the edit leaves braces that do not pair as before (the file must be parsed whole).</returns>
    public static EditedTokens? Make(List<SyntaxToken> old, SourceText oldText, SourceText newText)
    {
        var before = oldText.ToString();
        var after = newText.ToString();
        var same = CommonPrefix(before, after);
        var sameAtEnd = CommonSuffix(before, after, Math.Min(before.Length, after.Length) - same);
        var shift = after.Length - before.Length;

        // The first token the edit can touch, then back to the first on its line: the lexer starts
        // again just after a line feed.
        var first = FirstReaching(old, same);
        while (first > 0 && !(old[first].FullSpan.Start > 0 && before[old[first].FullSpan.Start - 1] == '\n'))
            first--;

        // The first token wholly after the edit, then on to the last on its line.
        var last = Math.Max(first, FirstStartingAt(old, before.Length - sameAtEnd));
        while (last < old.Count - 1 && before[old[last].FullSpan.End - 1] != '\n')
            last++;

        var from = old[first].FullSpan.Start;
        var to = last == old.Count - 1 ? before.Length : old[last].FullSpan.End;
        if (LexedText.LexPiece(newText, from, to + shift) is not { } piece)
            return null;

        var diagnostics = new DiagnosticBag();
        TheorySyntaxParser.ReportLexicalProblems(piece, diagnostics);
        var builder = new SyntaxTreeBuilder(piece, diagnostics);
        builder.PrepareStreaming();

        var tokens = new List<SyntaxToken>(old.Count + 16);
        for (var i = 0; i < first; i++)
            tokens.Add(old[i].MovedBy(0));
        for (var i = 0; i < piece.Tokens.Count - 1; i++)
        {
            if (builder.TokenAt(i) is { } token)
                tokens.Add(token);
        }

        var end = builder.TokenAt(piece.Tokens.Count - 1)!;
        if (last == old.Count - 1)
        {
            tokens.Add(end); // The piece ran to the end of the file: its end is the file's.
        }
        else
        {
            // Trivia after the piece's last token would belong to the token after the piece.
            if (end.LeadingRun.Width != 0)
                return null;
            for (var i = last + 1; i < old.Count; i++)
                tokens.Add(old[i].MovedBy(shift));
        }

        return BracesAsBefore(old, first, last, tokens) ? new EditedTokens(tokens, diagnostics.ToImmutableSorted()) : null;
    }

    /// <summary>
    /// True when the relexed tokens open and close braces as the old ones did, never deeper than
    /// the limit: the tokens after them are then as deep as before, and the previous tree had
    /// nothing nested too deeply. An edit that unpairs braces is the commonest way to break a
    /// file while typing, and this finds it without parsing.
    /// </summary>
    private static bool BracesAsBefore(List<SyntaxToken> old, int first, int last, List<SyntaxToken> tokens)
    {
        var depth = 0;
        for (var i = 0; i < first; i++)
            depth += BraceDepth(old[i].Kind);
        var oldDepth = depth;
        for (var i = first; i <= last; i++)
            oldDepth += BraceDepth(old[i].Kind);

        var newEnd = tokens.Count - (old.Count - 1 - last);
        for (var i = first; i < newEnd; i++)
        {
            depth += BraceDepth(tokens[i].Kind);
            if (depth < 0 || depth > Limits.NestingDepth)
                return false;
        }

        return depth == oldDepth;
    }

    private static int BraceDepth(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => 1,
        SyntaxKind.CloseBraceToken => -1,
        _ => 0,
    };

    /// <summary>The index of the first token whose full span ends after <paramref name="position"/> (the end of file if none).</summary>
    private static int FirstReaching(List<SyntaxToken> tokens, int position)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].FullSpan.End > position)
                high = middle;
            else
                low = middle + 1;
        }

        return low;
    }

    /// <summary>The index of the first token that starts at <paramref name="position"/> or after (the end of file if none).</summary>
    private static int FirstStartingAt(List<SyntaxToken> tokens, int position)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start >= position)
                high = middle;
            else
                low = middle + 1;
        }

        return low;
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
            i++;
        return i;
    }

    private static int CommonSuffix(string a, string b, int most)
    {
        var i = 0;
        while (i < most && a[a.Length - 1 - i] == b[b.Length - 1 - i])
            i++;
        return i;
    }
}
