using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Shares one string among equal short token texts while lexing. A large theory repeats the same
/// few hundred keywords, names and whitespace runs millions of times; sharing them cuts the
/// parser's allocations by more than half. Long texts (strings, comments) are not worth a lookup.
/// </summary>
internal sealed class TokenTextCache
{
    private const int MaxCachedLength = 32;
    private const int Buckets = 4096;
    private readonly string?[] _entries = new string?[Buckets];

    public string Get(SourceText text, int start, int length)
    {
        if (length > MaxCachedLength)
            return text.ToString(new TextSpan(start, length));

        var hash = 17;
        for (var i = 0; i < length; i++)
            hash = unchecked(hash * 31 + text[start + i]);
        var bucket = (hash & int.MaxValue) % Buckets;
        var cached = _entries[bucket];
        if (cached is not null && cached.Length == length && Matches(cached, text, start))
            return cached;

        var fresh = text.ToString(new TextSpan(start, length));
        _entries[bucket] = fresh;
        return fresh;
    }

    private static bool Matches(string cached, SourceText text, int start)
    {
        for (var i = 0; i < cached.Length; i++)
        {
            if (cached[i] != text[start + i])
                return false;
        }

        return true;
    }
}
