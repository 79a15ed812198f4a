namespace Theory;

/// <summary>
/// Items gathered flat, each with the number of its bucket, put into one array per bucket at the
/// end (a counting sort: each bucket keeps the items' order). The web's claims by edge and the
/// opposing-path search's steps by construct are grouped so; a list per bucket, grown item by
/// item, was most of what building them cost on a large web.
/// </summary>
internal static class Buckets
{
    public static T[][] Group<T>(List<T> items, List<int> bucketOf, int buckets)
    {
        var counts = new int[buckets];
        foreach (var bucket in bucketOf)
            counts[bucket]++;
        var grouped = new T[buckets][];
        for (var i = 0; i < buckets; i++)
            grouped[i] = counts[i] == 0 ? [] : new T[counts[i]];
        Array.Clear(counts, 0, counts.Length);
        for (var i = 0; i < items.Count; i++)
            grouped[bucketOf[i]][counts[bucketOf[i]]++] = items[i];
        return grouped;
    }
}
