namespace Theory.Diagnostics;

/// <summary>
/// The candidates of <see cref="SpellingSuggestion"/> indexed by their letter pairs, so that a
/// lookup measures the edit distance only to names that could be within it. A name within edit
/// distance k of another of length n shares at least n + 1 − 2k of their letter pairs (the q-gram
/// lemma, with the ends marked), so a renamed construct file with thousands of wrong references to
/// tens of thousands of constructs costs a lookup each, not a scan of every construct each.
/// Gives exactly what the scan gives.
/// </summary>
internal sealed class SpellingIndex
{
    private const char Start = '\u0002';
    private const char End = '\u0003';

    private readonly List<string> _names = [];
    private readonly Dictionary<(char, char), List<(int Name, int Count)>> _postings = [];
    // Short names share too few pairs to filter on: they are compared one by one.
    private readonly List<int> _short = [];

    public SpellingIndex(IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (candidate.Length < 3)
                continue;
            var id = _names.Count;
            _names.Add(candidate);
            if (candidate.Length <= 5)
                _short.Add(id);
            foreach (var (pair, count) in Pairs(candidate))
            {
                if (!_postings.TryGetValue(pair, out var list))
                    _postings[pair] = list = [];
                list.Add((id, count));
            }
        }
    }

    public string? Suggest(string written)
    {
        if (written.Length < 3 || written.Length > 200)
            return null;
        // At most two edits, so at least |written| + 1 - 4 pairs in common; below one, every name of
        // a near length could still be within reach, and the short names are compared directly.
        var needed = written.Length + 1 - 4;
        var shared = new Dictionary<int, int>();
        if (needed > 0)
        {
            foreach (var (pair, count) in Pairs(written))
            {
                if (!_postings.TryGetValue(pair, out var list))
                    continue;
                foreach (var (name, candidateCount) in list)
                    shared[name] = (shared.TryGetValue(name, out var n) ? n : 0) + Math.Min(count, candidateCount);
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        void Consider(int id)
        {
            var candidate = _names[id];
            if (candidate == written)
                return;
            var distance = SpellingSuggestion.EditDistance(written, candidate);
            if (distance > (candidate.Length > 5 ? 2 : 1))
                return;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, distance);
        }

        if (needed <= 0)
        {
            for (var id = 0; id < _names.Count; id++)
                Consider(id);
            return best;
        }

        foreach (var (id, count) in shared)
            if (count >= needed)
                Consider(id);
        // A short candidate (length 3 to 5) allows one edit: its own bound is lower than the
        // written name's, so it is compared directly.
        foreach (var id in _short)
            if (!shared.TryGetValue(id, out var count) || count < needed)
                Consider(id);
        return best;
    }

    private static Dictionary<(char, char), int> Pairs(string text)
    {
        var pairs = new Dictionary<(char, char), int>();
        var previous = Start;
        foreach (var c in text)
        {
            pairs[(previous, c)] = (pairs.TryGetValue((previous, c), out var n) ? n : 0) + 1;
            previous = c;
        }

        pairs[(previous, End)] = (pairs.TryGetValue((previous, End), out var m) ? m : 0) + 1;
        return pairs;
    }
}
