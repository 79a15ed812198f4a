using Antlr4.Runtime;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The token our lexer hands the parser: only what the parser and <see cref="LexedText"/> read
/// (type, channel, index, text, start and stop). ANTLR's <c>CommonToken</c> also carries a line,
/// a column and its source, 64 bytes in all; a large theory has millions of tokens, each alive
/// until its file is parsed. Lines and columns are never read: positions are ours
/// (<see cref="LexedText.StartOf"/>).
/// </summary>
internal sealed class LexedToken : IWritableToken
{
    public LexedToken(int type, int channel, int start, int stop)
    {
        Type = type;
        Channel = channel;
        StartIndex = start;
        StopIndex = stop;
    }

    private string? _text;

    public string Text
    {
        get => _text ?? (Type == TokenConstants.EOF ? "<EOF>" : "");
        set => _text = value;
    }

    public int Type { get; set; }

    public int Channel { get; set; }

    public int TokenIndex { get; set; } = -1;

    public int StartIndex { get; }

    public int StopIndex { get; }

    public int Line { get => 0; set { } }

    public int Column { get => 0; set { } }

    // Error recovery makes the tokens it conjures from a token's source; ours has none to offer.
    public ITokenSource TokenSource => NoTokenSource.Instance;

    public ICharStream? InputStream => null;

    public override string ToString() => $"[@{TokenIndex},{StartIndex}:{StopIndex}='{Text}',<{Type}>]";
}
