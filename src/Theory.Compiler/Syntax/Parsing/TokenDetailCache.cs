using System.Runtime.CompilerServices;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Gives one <see cref="TokenDetail"/> to every token of a file with the same pair of trivia runs
/// (runs are shared already, by <see cref="TriviaRunCache"/>, so a pair is two references). A small
/// direct-mapped table, as the run cache is: a miss only costs an unshared detail.
/// </summary>
internal sealed class TokenDetailCache
{
    private const int Buckets = 1024;
    private readonly TokenDetail?[] _entries = new TokenDetail?[Buckets];

    public TokenDetail Get(TriviaRun leading, TriviaRun trailing)
    {
        if (leading.Count == 0 && trailing.Count == 0)
            return TokenDetail.None;
        var hash = unchecked((RuntimeHelpers.GetHashCode(leading) * 31) + RuntimeHelpers.GetHashCode(trailing));
        var bucket = (hash & int.MaxValue) % Buckets;
        if (_entries[bucket] is { } cached && ReferenceEquals(cached.Leading, leading) && ReferenceEquals(cached.Trailing, trailing))
            return cached;
        return _entries[bucket] = new TokenDetail(leading, trailing);
    }
}
