using System.Globalization;

namespace Theory;

/// <summary>
/// Hands out a name, or the name with the next free number (`trust`, `trust_2`, `trust_3`, ...),
/// remembering where each stem's numbering got to. Trying 2, 3, 4, ... from the start every time
/// is quadratic: a table whose 300,000 rows all say `C1`, or a library of 100,000 entries by one
/// author in one year, would never finish.
/// </summary>
internal sealed class NumberedNames(Func<int, string> suffix)
{
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    /// <summary>`_2`, `_3`, ... after the stem.</summary>
    public NumberedNames()
        : this(n => "_" + n.ToString(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>
    /// <paramref name="stem"/> when <paramref name="isFree"/> says so, else the stem with the first
    /// free suffix after those handed out before. <paramref name="isFree"/> may claim the name it approves.
    /// </summary>
    public string Claim(string stem, Func<string, bool> isFree)
    {
        if (isFree(stem))
            return stem;
        var n = _next.TryGetValue(stem, out var next) ? next : 2;
        var candidate = stem + suffix(n);
        while (!isFree(candidate))
            candidate = stem + suffix(++n);
        _next[stem] = n + 1;
        return candidate;
    }
}
