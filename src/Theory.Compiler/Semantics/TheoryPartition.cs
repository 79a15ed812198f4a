namespace Theory.Semantics;

/// <summary>
/// Splits loose files into theories: each file that no other imports starts a theory made of it
/// and what it imports; a file in an import circle with no such entry point starts its own.
/// Shared by the CLI's workspace and the source generator, so both see the same theories.
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

    /// <summary>Each tree's resolved import targets (full paths), for <see cref="Partition"/>.</summary>
    public static Dictionary<string, List<string>> ImportsOf(IReadOnlyDictionary<string, Syntax.SyntaxTree> treesByFullPath)
    {
        var imports = new Dictionary<string, List<string>>();
        foreach (var pair in treesByFullPath)
        {
            var targets = new List<string>();
            foreach (var import in pair.Value.Root.Declarations.OfType<Syntax.ImportDeclarationSyntax>())
            {
                if (import.Path is { IsMissing: false } token && ImportResolution.Resolve(pair.Value.FilePath, token.ValueText) is { } target)
                    targets.Add(target);
            }

            imports[pair.Key] = targets;
        }

        return imports;
    }
}
