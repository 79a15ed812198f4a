namespace Theory.Syntax;

/// <summary>
/// What a token carries besides its kind, position and text: its trivia on both sides and, for a
/// string, the value its escapes decode to. Tokens with the same trivia on both sides and no value
/// of their own share one detail (a file repeats a handful of spacing patterns millions of times),
/// so a token holds one reference where it held three: a large theory has millions of tokens.
/// </summary>
internal class TokenDetail
{
    /// <summary>No trivia on either side: missing tokens, and tokens packed tight.</summary>
    public static readonly TokenDetail None = new(TriviaRun.Empty, TriviaRun.Empty);

    public TokenDetail(TriviaRun leading, TriviaRun trailing)
    {
        Leading = leading;
        Trailing = trailing;
    }

    public TriviaRun Leading { get; }

    public TriviaRun Trailing { get; }

    /// <summary>The value when it differs from the token's text (a string's content, decoded); otherwise null.</summary>
    public virtual string? ValueText => null;

    /// <summary>The detail of a token whose value differs from its text: one per token, never shared.</summary>
    public static TokenDetail WithValue(TriviaRun leading, TriviaRun trailing, string valueText) => new Valued(leading, trailing, valueText);

    private sealed class Valued(TriviaRun leading, TriviaRun trailing, string valueText) : TokenDetail(leading, trailing)
    {
        public override string? ValueText { get; } = valueText;
    }
}
