using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// The terms of a claim's role compared as a set of (construct, qualifier), without strings or
/// allocations, and hashed so that claims can be bucketed by shape: the duplicate and
/// near-duplicate checks compare every claim of a 100k-CMOC theory this way.
/// </summary>
internal static class TermSets
{
    // Each distinct (construct, qualifier) once, summed so the order of the terms does not matter.
    public static ulong RoleHash(ImmutableArray<Term> terms, bool mirrored)
    {
        ulong hash = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
                repeated = terms[j].Construct == terms[i].Construct && terms[j].Qualifier == terms[i].Qualifier;
            if (repeated)
                continue;
            var qualifier = mirrored ? Mirror(terms[i].Qualifier) ?? terms[i].Qualifier : terms[i].Qualifier;
            hash += Mix(((ulong)(uint)terms[i].Construct!.Index << 8) | (ulong)qualifier);
        }

        return hash;
    }

    public static ulong StringHash(string text)
    {
        // FNV-1a: the same on every run, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        return x ^ (x >> 33);
    }

    // Terms compared as sets of (construct, qualifier), by loops: a role holds a few terms (at
    // most Limits.TermsPerRole reach the web), and these run for every pair in a bucket.
    public static bool SameTerms(ImmutableArray<Term> a, ImmutableArray<Term> b, bool mirrored) =>
        IsSubset(a, b, mirrored) && IsSubset(b, a, mirrored);

    /// <summary>Whether every term of <paramref name="a"/> (its qualifier mirrored, if asked) is among <paramref name="b"/>'s.</summary>
    public static bool IsSubset(ImmutableArray<Term> a, ImmutableArray<Term> b, bool mirrored)
    {
        foreach (var term in a)
        {
            var qualifier = mirrored ? Mirror(term.Qualifier) ?? term.Qualifier : term.Qualifier;
            var found = false;
            foreach (var other in b)
            {
                if (other.Construct == term.Construct && other.Qualifier == qualifier)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
                return false;
        }

        return true;
    }

    public static int DistinctCount(ImmutableArray<Term> terms)
    {
        var count = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
                repeated = terms[j].Construct == terms[i].Construct && terms[j].Qualifier == terms[i].Qualifier;
            if (!repeated)
                count++;
        }

        return count;
    }

    public static Qualifier? Mirror(Qualifier qualifier) => qualifier switch
    {
        Qualifier.High => Qualifier.Low,
        Qualifier.Low => Qualifier.High,
        Qualifier.Present => Qualifier.Absent,
        Qualifier.Absent => Qualifier.Present,
        Qualifier.Increased => Qualifier.Decreased,
        Qualifier.Decreased => Qualifier.Increased,
        _ => null,
    };
}
