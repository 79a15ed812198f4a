using Antlr4.Runtime;
using Theory.Syntax.Parsing.Generated;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The whole input as ANTLR tokens (every channel) with the UTF-16 start of each. The lexer's
/// catch-all rule guarantees the tokens tile the text exactly; positions are computed from
/// token lengths, so they are ours, not ANTLR's.
/// </summary>
internal sealed class LexedText
{
    /// <summary>Channel for tokens hidden from the parser because they are nested too deeply.</summary>
    public const int TooDeepChannel = 3;

    public const int MaxNestingDepth = Limits.NestingDepth;

    private LexedText(SourceText text, List<IToken> tokens, int[] starts)
    {
        Text = text;
        Tokens = tokens;
        Starts = starts;
    }

    public SourceText Text { get; }

    public List<IToken> Tokens { get; }

    /// <summary>The start of each token, by token index (the array may run past the last token).</summary>
    public int[] Starts { get; }

    /// <summary>The first opening brace beyond <see cref="MaxNestingDepth"/>, if any.</summary>
    public IToken? FirstTooDeepBrace { get; private set; }

    /// <param name="text">The file.</param>
    /// <param name="slices">How many pieces to lex at the same time (see <see cref="LineSlices"/>);
    /// the tokens are the same whatever the number.</param>
    public static LexedText Lex(SourceText text, int slices = 1)
    {
        var content = text.ToString();
        var cuts = LineSlices.Find(content, slices);
        LexedSlice[] parts;
        if (cuts.Count > 2)
        {
            parts = new LexedSlice[cuts.Count - 1];
            Parallel.For(0, parts.Length, i => parts[i] = LexSlice(text, content, cuts[i], cuts[i + 1]));
            // A block comment open across a cut lexed differently in the two slices: lex it whole.
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (parts[i].EndsInsideComment)
                {
                    parts = [LexSlice(text, content, 0, content.Length)];
                    break;
                }
            }
        }
        else
        {
            parts = [LexSlice(text, content, 0, content.Length)];
        }

        var lexed = parts.Length == 1
            ? new LexedText(text, parts[0].Tokens, parts[0].Starts)
            : Join(text, parts);
        lexed.HideTooDeepNesting();
        return lexed;
    }

    /// <summary>
    /// The tokens of the text from <paramref name="from"/> up to <paramref name="to"/> alone, at
    /// their places in the whole text, ending in an end of file of their own; null when a block
    /// comment is still open at <paramref name="to"/> (it would run on in the whole text). Braces
    /// nested too deeply are not looked for: the caller knows the depth the piece starts at.
    /// </summary>
    public static LexedText? LexPiece(SourceText text, int from, int to)
    {
        var piece = LexSlice(text, text.ToString(), from, to);
        return piece.EndsInsideComment && to < text.Length ? null : new LexedText(text, piece.Tokens, piece.Starts);
    }

    /// <summary>The tokens of one piece of the text, with the end of file the lexer gives its end.</summary>
    private sealed record LexedSlice(List<IToken> Tokens, int[] Starts, bool EndsInsideComment);

    private static LexedSlice LexSlice(SourceText text, string content, int from, int to)
    {
        // ANTLR's lexer reads UTF-16 units from an AntlrInputStream, so letters beyond the Basic
        // Multilingual Plane (surrogate pairs) need its code-point stream; most texts have none
        // and keep the faster one. Token positions are ours, in UTF-16 units, either way.
        var length = to - from;
        var astral = HasSurrogates(content, from, to);
        // No Console.Out and Console.Error for ANTLR's trace output, as the one-argument constructor would set up.
        var lexer = new TheoryLexer(
            astral ? new CodePointStream(content.Substring(from, length)) : new AntlrInputStream(content.ToCharArray(from, length), length),
            TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        lexer.TokenFactory = LexedTokenFactory.Instance;
        // Sized for a typical theory (a token about every four or five characters, trivia included), so the
        // lists of a large file are not grown and copied a dozen times.
        var estimate = (length / 4) + 16;
        var tokens = new List<IToken>(estimate);
        var starts = new int[estimate];
        var position = from;
        var strings = new TokenTextCache();
        while (true)
        {
            var token = lexer.NextToken();
            ((IWritableToken)token).TokenIndex = tokens.Count;
            if (tokens.Count == starts.Length)
                Array.Resize(ref starts, starts.Length * 2);
            starts[tokens.Count] = position;
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF)
                break;

            // ANTLR cuts a token's text out of the input on every read of Text; read it once, and
            // share one string among equal short tokens (keywords, names, whitespace repeat a lot).
            var tokenLength = token.StopIndex - token.StartIndex + 1;
            if (astral)
                tokenLength = Utf16Length(content, position, tokenLength);
            ((IWritableToken)token).Text = strings.Get(text, position, tokenLength);
            position += tokenLength;
        }

        var last = tokens.Count >= 2 ? tokens[^2] : null;
        var insideComment = last is { Type: TheoryLexer.BLOCK_COMMENT } && IsUnterminatedComment(last.Text);
        return new LexedSlice(tokens, starts, insideComment);
    }

    /// <summary>The slices' tokens as one list, numbered afresh, with only the last slice's end of file.</summary>
    private static LexedText Join(SourceText text, LexedSlice[] parts)
    {
        var count = 1 + parts.Sum(p => p.Tokens.Count - 1);
        var tokens = new List<IToken>(count);
        var starts = new int[count];
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            // Every slice but the last ends in an end of file that is not the text's.
            var take = p == parts.Length - 1 ? part.Tokens.Count : part.Tokens.Count - 1;
            for (var i = 0; i < take; i++)
            {
                ((IWritableToken)part.Tokens[i]).TokenIndex = tokens.Count;
                starts[tokens.Count] = part.Starts[i];
                tokens.Add(part.Tokens[i]);
            }
        }

        return new LexedText(text, tokens, starts);
    }

    // The lexer's comment rule also accepts a comment cut off by the end of the file; `/*/` is one.
    public static bool IsUnterminatedComment(string text) =>
        text.Length < 4 || !text.EndsWith("*/", StringComparison.Ordinal);

    private static bool HasSurrogates(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsSurrogate(text[i]))
                return true;
        return false;
    }

    // The UTF-16 length of `codePoints` code points starting at `start`.
    private static int Utf16Length(string text, int start, int codePoints)
    {
        var end = start;
        for (var i = 0; i < codePoints && end < text.Length; i++)
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        return end - start;
    }

    private static bool IsDeclarationKeyword(int type) => type is TheoryLexer.MRT or TheoryLexer.CRITERION or TheoryLexer.CLUSTER
        or TheoryLexer.THEME or TheoryLexer.CMOC or TheoryLexer.CONSTRUCT or TheoryLexer.TYPOLOGY or TheoryLexer.FEEDBACK
        or TheoryLexer.MEASURE or TheoryLexer.THEORY or TheoryLexer.LINK or TheoryLexer.CHAIN;

    public static string TextOf(IToken token) => token.Type == TokenConstants.EOF ? "" : token.Text;

    public int StartOf(IToken token) => token.TokenIndex >= 0 ? Starts[token.TokenIndex] : 0;

    public TextSpan SpanOf(IToken token) => new(StartOf(token), TextOf(token).Length);

    public Location LocationOf(IToken token) => new(Text, SpanOf(token));

    /// <summary>The nearest token before <paramref name="tokenIndex"/> that the parser reads, if any.</summary>
    public IToken? PreviousVisibleToken(int tokenIndex)
    {
        for (var i = Math.Min(tokenIndex, Tokens.Count) - 1; i >= 0; i--)
        {
            if (Tokens[i].Channel == TokenConstants.DefaultChannel)
                return Tokens[i];
        }

        return null;
    }

    /// <summary>Where the previous visible token ends: the natural place for "expected X after Y".</summary>
    public int EndOfPreviousVisibleToken(int tokenIndex) =>
        PreviousVisibleToken(tokenIndex) is { } previous ? SpanOf(previous).End : 0;

    // Deep nesting would overflow the stack of a recursive-descent parser. Tokens inside braces
    // nested beyond the limit move to a channel the parser does not read; they stay in the tree
    // as skipped trivia and one TH1009 diagnostic reports the first such brace.
    private void HideTooDeepNesting()
    {
        var depth = 0;
        var declarationStart = -1;
        for (var index = 0; index < Tokens.Count; index++)
        {
            var token = Tokens[index];
            if (token.Channel != TokenConstants.DefaultChannel)
                continue;
            var opens = token.Type == TheoryLexer.LBRACE;
            var closes = token.Type == TheoryLexer.RBRACE;
            if (IsDeclarationKeyword(token.Type) && depth <= MaxNestingDepth)
                declarationStart = index;
            if (opens)
                depth++;
            if (depth > MaxNestingDepth)
            {
                if (opens && depth == MaxNestingDepth + 1)
                {
                    FirstTooDeepBrace ??= token;
                    // Hide the whole declaration that opens the brace, not just the brace, so
                    // the parser sees a clean gap rather than a half declaration.
                    for (var i = Math.Max(declarationStart, 0); i < index; i++)
                    {
                        if (Tokens[i].Channel == TokenConstants.DefaultChannel)
                            ((IWritableToken)Tokens[i]).Channel = TooDeepChannel;
                    }
                }

                ((IWritableToken)token).Channel = TooDeepChannel;
            }

            if (closes && depth > 0)
                depth--;
        }
    }
}
