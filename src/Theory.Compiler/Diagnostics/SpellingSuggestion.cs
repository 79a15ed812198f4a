namespace Theory.Diagnostics;

/// <summary>"Did you mean" for keywords and names: the closest candidate within a small edit distance.</summary>
public static class SpellingSuggestion
{
    // Beyond this many candidates a scan costs more than it is worth on a failing name (the
    // diagnostics use SpellingIndex instead, which has no such bound).
    private const int MaxCandidates = 50_000;

    public static string? Suggest(string written, IEnumerable<string> candidates, bool ignoreCase = false)
    {
        if (written.Length < 3 || written.Length > 200)
            return null;
        var probe = ignoreCase ? written.ToLowerInvariant() : written;
        string? best = null;
        var bestDistance = int.MaxValue;
        var seen = 0;
        foreach (var candidate in candidates)
        {
            if (++seen > MaxCandidates)
                break;
            if (candidate.Length < 3 || candidate == written)
                continue;
            var distance = EditDistance(probe, ignoreCase ? candidate.ToLowerInvariant() : candidate);
            if (distance > (candidate.Length > 5 ? 2 : 1))
                continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    public static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
            return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
