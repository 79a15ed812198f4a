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

    public static LexedText Lex(SourceText text)
    {
        // ANTLR's lexer reads UTF-16 units from an AntlrInputStream, so letters beyond the Basic
        // Multilingual Plane (surrogate pairs) need its code-point stream; most texts have none
        // and keep the faster one. Token positions are ours, in UTF-16 units, either way.
        var content = text.ToString();
        var astral = HasSurrogates(content);
        var lexer = new TheoryLexer(astral ? new CodePointStream(content) : new AntlrInputStream(content));
        lexer.RemoveErrorListeners();
        lexer.TokenFactory = LexedTokenFactory.Instance;
        // Sized for a typical theory (a token about every four or five characters, trivia included), so the
        // lists of a large file are not grown and copied a dozen times.
        var estimate = (content.Length / 4) + 16;
        var tokens = new List<IToken>(estimate);
        var starts = new int[estimate];
        var position = 0;
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
            var length = token.StopIndex - token.StartIndex + 1;
            if (astral)
                length = Utf16Length(content, position, length);
            ((IWritableToken)token).Text = strings.Get(text, position, length);
            position += length;
        }

        var lexed = new LexedText(text, tokens, starts);
        lexed.HideTooDeepNesting();
        return lexed;
    }

    private static bool HasSurrogates(string text)
    {
        foreach (var c in text)
            if (char.IsSurrogate(c))
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
