namespace Theory.Semantics;

/// <summary>
/// Splits loose files into theories: each file that no other imports starts a theory made of it
/// and what it imports; a file in an import circle with no such entry point starts its own.
/// Used by the workspace, which every host (the CLI, the source generator) loads through.
/// </summary>
internal static class TheoryPartition
{
    public static IEnumerable<List<string>> Partition(List<string> files, Dictionary<string, List<string>> imports, StringComparer comparer)
    {
        var imported = new HashSet<string>(imports.Values.SelectMany(v => v), comparer);
        var known = new HashSet<string>(files, comparer);
        var covered = new HashSet<string>(comparer);
        foreach (var entry in files.Where(f => !imported.Contains(f)).Concat(files))
        {
            if (covered.Contains(entry))
                continue;
            var closure = new List<string>();
            var seen = new HashSet<string>(comparer) { entry };
            var queue = new Queue<string>();
            queue.Enqueue(entry);
            while (queue.Count > 0)
            {
                var file = queue.Dequeue();
                closure.Add(file);
                if (!imports.TryGetValue(file, out var targets))
                    continue;
                foreach (var next in targets)
                {
                    if (known.Contains(next) && seen.Add(next))
                        queue.Enqueue(next);
                }
            }

            covered.UnionWith(closure);
            yield return closure;
        }
    }
}
