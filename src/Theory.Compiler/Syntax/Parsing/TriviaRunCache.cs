namespace Theory.Syntax.Parsing;

/// <summary>
/// Gives one <see cref="TriviaRun"/> to every token of a file with the same trivia on that side.
/// Like <see cref="TokenTextCache"/>, a small direct-mapped table: a file repeats a handful of
/// spacing patterns millions of times, and a miss only costs an unshared run. Runs with long
/// texts (comments) are rarely repeated and are not looked up.
/// </summary>
internal sealed class TriviaRunCache
{
    private const int MaxSharedWidth = 64;
    private const int Buckets = 1024;
    private readonly TriviaRun?[] _entries = new TriviaRun?[Buckets];

    /// <summary>A run of <paramref name="pieces"/>, shared when an equal one was made before; the list is cleared.</summary>
    public TriviaRun Take(List<(SyntaxKind Kind, string Text)> pieces)
    {
        if (pieces.Count == 0)
            return TriviaRun.Empty;

        var hash = 17;
        var width = 0;
        foreach (var (kind, text) in pieces)
        {
            width += text.Length;
            hash = unchecked(hash * 31 + (int)kind);
            foreach (var c in text)
                hash = unchecked(hash * 31 + c);
        }

        TriviaRun run;
        if (width > MaxSharedWidth)
        {
            run = Make(pieces);
        }
        else
        {
            var bucket = (hash & int.MaxValue) % Buckets;
            var cached = _entries[bucket];
            if (cached is not null && cached.Matches(pieces))
            {
                run = cached;
            }
            else
            {
                run = Make(pieces);
                _entries[bucket] = run;
            }
        }

        pieces.Clear();
        return run;
    }

    private static TriviaRun Make(List<(SyntaxKind Kind, string Text)> pieces)
    {
        var kinds = new SyntaxKind[pieces.Count];
        var texts = new string[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
            (kinds[i], texts[i]) = pieces[i];
        return new TriviaRun(kinds, texts);
    }
}
