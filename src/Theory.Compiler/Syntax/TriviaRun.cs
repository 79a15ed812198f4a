using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>
/// The trivia on one side of a token, without positions: kinds and texts only, so every token with
/// the same trivia (a space, a line break, four spaces of indentation) shares one run. Positions are
/// worked out from the token when <see cref="SyntaxToken.LeadingTrivia"/> is read. A large theory
/// has millions of tokens and nearly every one has trivia; as arrays of positioned trivia they were
/// a quarter of the tree's memory.
/// </summary>
internal sealed class TriviaRun
{
    public static readonly TriviaRun Empty = new([], []);

    private readonly SyntaxKind[] _kinds;
    private readonly string[] _texts;

    public TriviaRun(SyntaxKind[] kinds, string[] texts)
    {
        _kinds = kinds;
        _texts = texts;
        foreach (var text in texts)
            Width += text.Length;
    }

    public int Count => _kinds.Length;

    /// <summary>The characters the run covers.</summary>
    public int Width { get; }

    public string TextAt(int index) => _texts[index];

    /// <summary>The run as trivia placed at <paramref name="start"/>.</summary>
    public ImmutableArray<SyntaxTrivia> At(int start)
    {
        if (_kinds.Length == 0)
            return ImmutableArray<SyntaxTrivia>.Empty;
        var trivia = new SyntaxTrivia[_kinds.Length];
        for (var i = 0; i < trivia.Length; i++)
        {
            trivia[i] = new SyntaxTrivia(_kinds[i], _texts[i], new Text.TextSpan(start, _texts[i].Length));
            start += _texts[i].Length;
        }

        return ImmutableArray.Create(trivia);
    }

    public void WriteTo(TextWriter writer)
    {
        foreach (var text in _texts)
            writer.Write(text);
    }

    /// <summary>True when the run is made of exactly these pieces.</summary>
    public bool Matches(List<(SyntaxKind Kind, string Text)> pieces)
    {
        if (pieces.Count != _kinds.Length)
            return false;
        for (var i = 0; i < _kinds.Length; i++)
        {
            if (pieces[i].Kind != _kinds[i] || !string.Equals(pieces[i].Text, _texts[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
