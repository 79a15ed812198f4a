using System.Collections.Immutable;
using Theory.Analysis;
using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// Checks each `import` against the files in the compilation: it must resolve inside the project
/// root, name a file the compilation holds, and not close a circle of imports.
/// </summary>
internal static class ImportGraph
{
    public static void Check(ImmutableArray<SyntaxTree> trees, ImportResolver resolve, DiagnosticBag diagnostics)
    {
        var indexOf = new Dictionary<SyntaxTree, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < trees.Length; i++)
            indexOf.TryAdd(trees[i], i);

        var successors = new List<int>[trees.Length];
        var importAt = new Dictionary<(int, int), ImportDeclarationSyntax>();
        for (var i = 0; i < trees.Length; i++)
        {
            successors[i] = [];
            foreach (var import in trees[i].Root.Declarations.OfType<ImportDeclarationSyntax>())
            {
                if (import.Path is not { IsMissing: false } pathToken)
                    continue;
                var written = pathToken.ValueText;
                var location = pathToken.GetLocation()!;
                var target = resolve(trees[i], import, written);
                if (target.OutsideRoot is { } root)
                {
                    diagnostics.ReportImportOutsideRoot(location, written, root);
                    continue;
                }

                if (target.Tree is null || !indexOf.TryGetValue(target.Tree, out var j))
                {
                    diagnostics.ReportUnresolvedImport(location, written, target.UnresolvedReason ?? "the file is not part of the theory");
                    continue;
                }

                if (importAt.TryAdd((i, j), import))
                    successors[i].Add(j);
            }
        }

        foreach (var component in StronglyConnectedComponents.Find(trees.Length, successors))
        {
            var self = component.Count == 1 && successors[component[0]].Contains(component[0]);
            if (component.Count < 2 && !self)
                continue;
            var cycle = CycleThrough(component, successors);
            var import = importAt[(cycle[0], cycle.Count > 1 ? cycle[1] : cycle[0])];
            diagnostics.ReportCircularImport(import.Path!.GetLocation()!, cycle.Append(cycle[0]).Select(t => Path.GetFileName(trees[t].FilePath)));
        }
    }

    /// <summary>
    /// Resolution by file path, for trees a caller gives to `Compilation.Create` directly: an
    /// import names a tree of the compilation by its path, relative to the importing file.
    /// </summary>
    public static ImportResolver ByFilePath(ImmutableArray<SyntaxTree> trees, CompilationOptions options)
    {
        // Relative file paths here are relative to the process's current directory: a caller that
        // means another folder builds its trees with full paths, or uses a workspace.
        var byPath = new Dictionary<string, SyntaxTree>(Projects.WorkspacePath.Comparer);
        foreach (var tree in trees)
            if (tree.FilePath.Length > 0)
                byPath.TryAdd(Projects.WorkspacePath.Normalise(Path.GetFullPath(tree.FilePath)), tree);

        return (importing, _, written) =>
        {
            if (importing.FilePath.Length == 0)
                return ImportTarget.Unresolved("the importing text has no file path to resolve it against");
            var directory = Path.GetDirectoryName(Path.GetFullPath(importing.FilePath)) ?? "";
            if (Projects.WorkspacePath.TryResolve(directory, written) is not { } target)
                return ImportTarget.Unresolved("the path is empty or invalid");
            if (options.ProjectRoot is { } root && !Projects.WorkspacePath.IsInside(target, Projects.WorkspacePath.Normalise(Path.GetFullPath(root))))
                return ImportTarget.Outside(root);
            return byPath.TryGetValue(target, out var tree) ? ImportTarget.To(tree) : ImportTarget.Unresolved($"no file `{target}` is part of the theory");
        };
    }

    private static List<int> CycleThrough(List<int> component, List<int>[] successors)
    {
        var members = component.ToHashSet();
        var start = component.Min();
        var parent = new Dictionary<int, int>();
        var queue = new Queue<int>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in successors[node].Where(members.Contains))
            {
                if (next == start)
                {
                    var cycle = new List<int>();
                    for (var n = node; n != start; n = parent[n])
                        cycle.Insert(0, n);
                    cycle.Insert(0, start);
                    return cycle;
                }

                if (parent.TryAdd(next, node))
                    queue.Enqueue(next);
            }
        }

        return [start];
    }
}
