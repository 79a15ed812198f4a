using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Projects;

/// <summary>
/// The one place a project is read: it finds theory.json, expands the paths and sources into
/// files, follows imports (never out of the project root, links included), reads bibliographies,
/// groups the files into theories, and hands each theory to a <see cref="Compilation"/> with how
/// every import resolved. It reads through the documents of the previous snapshot first, so an
/// edit re-reads and re-parses only what changed.
/// </summary>
internal sealed class WorkspaceLoader
{
    public const string TheoryExtension = ".theory";

    private readonly WorkspaceOptions _options;
    private readonly string _base;
    private readonly Dictionary<string, WorkspaceDocument> _documents;
    private readonly Dictionary<string, IReadOnlyList<string>> _listings;
    private readonly Dictionary<string, ProjectSettings?> _projectByDirectory = new(WorkspacePath.Comparer);
    private readonly Dictionary<string, ImmutableArray<Diagnostic>> _settingsDiagnostics = new(WorkspacePath.Comparer);
    private readonly DiagnosticBag _diagnostics = new();
    private readonly BoundTheoryCache _bound = new();
    private bool _boundTooOften;

    private WorkspaceLoader(WorkspaceOptions options, ImmutableDictionary<string, WorkspaceDocument> documents, ImmutableDictionary<string, IReadOnlyList<string>> listings)
    {
        _options = options;
        _base = WorkspacePath.Normalise(options.BaseDirectory);
        _documents = new Dictionary<string, WorkspaceDocument>(documents, WorkspacePath.Comparer);
        _listings = new Dictionary<string, IReadOnlyList<string>>(listings, WorkspacePath.Comparer);
    }

    public static WorkspaceState Load(ImmutableArray<string> paths, WorkspaceOptions options,
        ImmutableDictionary<string, WorkspaceDocument> documents, ImmutableDictionary<string, IReadOnlyList<string>> listings) =>
        new WorkspaceLoader(options, documents, listings).Run(paths);

    private WorkspaceState Run(ImmutableArray<string> paths)
    {
        // Entry files grouped by project: theory.json's folder, or for loose files the folder named.
        var groups = new Dictionary<string, (ProjectSettings? Settings, List<string> Files)>(WorkspacePath.Comparer);
        var order = new List<string>();
        void AddEntry(string root, ProjectSettings? settings, string file)
        {
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = (settings, []);
                order.Add(root);
            }

            if (!group.Files.Contains(file, WorkspacePath.Comparer))
                group.Files.Add(file);
        }

        foreach (var written in paths.IsDefaultOrEmpty ? ["."] : paths)
        {
            if (written.Length == 0 || written.IndexOf('\0') >= 0)
            {
                _diagnostics.ReportPathNotFound(Location.OfFile(written), written);
                continue;
            }

            var full = WorkspacePath.Resolve(_base, written);
            switch (KindOf(full))
            {
                case FileEntryKind.Directory:
                {
                    var project = FindProject(full);
                    var files = project is not null && WorkspacePath.Comparer.Equals(project.Root, full)
                        ? ExpandSources(project)
                        : List(full);
                    if (files.Count == 0)
                        _diagnostics.ReportNoTheoryFiles(written);
                    foreach (var file in files)
                        AddEntry(project?.Root ?? full, project, file);
                    break;
                }

                case FileEntryKind.File:
                {
                    var directory = Path.GetDirectoryName(full) ?? full;
                    var project = FindProject(directory);
                    AddEntry(project?.Root ?? directory, project, full);
                    break;
                }

                default:
                    _diagnostics.ReportPathNotFound(Location.OfFile(written), written);
                    break;
            }
        }

        // Projects and their entry files in ordinal order of their full paths, whatever order the
        // paths were given in: `theory build b.theory a.theory` and `theory build a.theory b.theory`
        // must write the same bytes (artefact names, node order and CSV rows follow file order).
        var theories = new List<WorkspaceTheory>();
        var read = new List<string>();
        foreach (var root in order.OrderBy(r => r, StringComparer.Ordinal))
        {
            var (settings, entries) = groups[root];
            entries.Sort(StringComparer.Ordinal);
            theories.AddRange(LoadGroup(root, settings, entries, read));
        }

        return new WorkspaceState(
            [.. theories],
            [.. read.Distinct(StringComparer.Ordinal)],
            _diagnostics.ToImmutableSorted(),
            _documents.ToImmutableDictionary(WorkspacePath.Comparer),
            _listings.ToImmutableDictionary(WorkspacePath.Comparer));
    }

    private FileEntryKind KindOf(string full)
    {
        if (_documents.TryGetValue(full, out var document))
            return document.IsRemoved ? FileEntryKind.Missing : FileEntryKind.File;
        return _options.FileProvider.GetKind(full);
    }

    /// <summary>The .theory files below a folder, from the snapshot's listing when it has one.</summary>
    private IReadOnlyList<string> List(string fullDirectory)
    {
        if (!_listings.TryGetValue(fullDirectory, out var files))
            _listings[fullDirectory] = files = _options.FileProvider.EnumerateFiles(fullDirectory, TheoryExtension);
        return files;
    }

    private WorkspaceDocument Read(string full)
    {
        if (!_documents.TryGetValue(full, out var document))
        {
            var text = _options.FileProvider.TryReadText(full, out var error);
            document = text is null ? WorkspaceDocument.Unreadable(error ?? "the file cannot be read") : WorkspaceDocument.Read(text, Display(full));
            _documents[full] = document;
        }

        return document;
    }

    /// <summary>A data file (a bibliography), in the encodings reference managers write when the provider can read them.</summary>
    private WorkspaceDocument ReadData(string full)
    {
        if (_documents.TryGetValue(full, out var document) || _options.FileProvider is not IDataFileProvider provider)
            return Read(full);
        var text = provider.TryReadData(full, out var legacyEncoding, out var error);
        document = text is null ? WorkspaceDocument.Unreadable(error ?? "the file cannot be read") : WorkspaceDocument.Read(text, Display(full), legacyEncoding);
        _documents[full] = document;
        return document;
    }

    private string Display(string full) => WorkspacePath.Display(_base, full);

    private List<string> ExpandSources(ProjectSettings project)
    {
        var files = new List<string>();
        foreach (var source in project.Sources)
        {
            var full = source.IndexOf('\0') >= 0 ? null : WorkspacePath.Resolve(project.Root, source);
            // Inside by its name and inside once links are followed: a source that is a link (or
            // lies in a linked folder) must not bring in files from elsewhere on the machine.
            if (full is null || !WorkspacePath.IsInside(full, project.Root) || !StaysInside(full, project.Root))
            {
                _diagnostics.ReportSourceOutsideRoot(project.LocationOf(source), source);
                continue;
            }

            switch (KindOf(full))
            {
                case FileEntryKind.Directory:
                    files.AddRange(List(full));
                    break;
                case FileEntryKind.File:
                    files.Add(full);
                    break;
                default:
                    _diagnostics.ReportPathNotFound(project.LocationOf(source), source);
                    break;
            }
        }

        return files;
    }

    private ProjectSettings? FindProject(string directory)
    {
        var visited = new List<string>();
        ProjectSettings? found = null;
        for (var dir = directory; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (_projectByDirectory.TryGetValue(dir, out found))
                break;
            visited.Add(dir);
            var file = Path.Combine(dir, ProjectSettings.FileName);
            if (KindOf(file) == FileEntryKind.File)
            {
                found = ReadSettings(file, dir);
                break;
            }
        }

        foreach (var dir in visited)
            _projectByDirectory[dir] = found;
        return found;
    }

    private ProjectSettings ReadSettings(string file, string root)
    {
        var document = Read(file);
        if (document.Text is not { } text)
        {
            _diagnostics.ReportUnreadableFile(Display(file), document.Error!);
            return new ProjectSettings { Root = root };
        }

        var settings = ProjectSettings.Parse(text, root, out var diagnostics);
        _settingsDiagnostics[root] = diagnostics;
        return settings;
    }

    private IEnumerable<WorkspaceTheory> LoadGroup(string root, ProjectSettings? settings, List<string> entries, List<string> allFiles)
    {
        var documents = new Dictionary<string, WorkspaceDocument>(WorkspacePath.Comparer);
        var order = new List<string>();
        var unreadable = new Dictionary<string, string>(WorkspacePath.Comparer);
        var imports = new Dictionary<string, List<string>>(WorkspacePath.Comparer);
        var targets = new Dictionary<ImportDeclarationSyntax, (string? Full, string? Reason, bool Outside)>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<string>();

        foreach (var entry in entries)
        {
            var document = Read(entry);
            if (document.Text is null)
            {
                _diagnostics.ReportUnreadableFile(Display(entry), document.Error!);
                continue;
            }

            if (documents.TryAdd(entry, document))
            {
                order.Add(entry);
                pending.Enqueue(entry);
            }
        }

        ParseAll(order.Select(f => documents[f]).ToList());

        // Follow imports breadth-first; the compilation reports unresolved and circular imports
        // from what is decided here.
        while (pending.Count > 0)
        {
            var full = pending.Dequeue();
            var tree = documents[full].GetTree();
            imports[full] = [];
            foreach (var import in tree.Root.Declarations.OfType<ImportDeclarationSyntax>())
            {
                if (import.Path is not { IsMissing: false } token)
                    continue;
                if (WorkspacePath.TryResolve(Path.GetDirectoryName(full) ?? full, token.ValueText) is not { } target)
                {
                    targets[import] = (null, "the path is empty or invalid", false);
                    continue;
                }

                if (!WorkspacePath.IsInside(target, root))
                {
                    targets[import] = (null, null, true);
                    continue;
                }

                // A file is one file however it is reached: through a link inside the project it is
                // the file the link names, so importing both gives one copy, not two declarations.
                target = Canonical(target, root);

                imports[full].Add(target);
                targets[import] = (target, null, false);
                if (documents.ContainsKey(target) || unreadable.ContainsKey(target))
                    continue;
                if (CheckReadable(target, root) is { } reason)
                {
                    unreadable[target] = reason;
                    continue;
                }

                var document = Read(target);
                if (document.Text is null)
                {
                    unreadable[target] = document.Error!;
                    continue;
                }

                documents.Add(target, document);
                order.Add(target);
                pending.Enqueue(target);
            }
        }

        allFiles.AddRange(order.Select(f => documents[f].Text!.FilePath));
        var options = new CompilationOptions
        {
            MinimumSources = settings?.MinimumSources ?? 2,
            SpecificDiagnosticOptions = settings?.Diagnostics ?? CompilationOptions.Default.SpecificDiagnosticOptions,
            ProjectRoot = root,
        };

        var treeByPath = order.ToDictionary(f => f, f => documents[f].GetTree(), WorkspacePath.Comparer);
        ImportTarget Resolve(SyntaxTree importing, ImportDeclarationSyntax import, string written)
        {
            if (!targets.TryGetValue(import, out var target))
                return ImportTarget.Unresolved("the path is empty or invalid");
            if (target.Outside)
                return ImportTarget.Outside(root);
            if (target.Full is { } full && treeByPath.TryGetValue(full, out var tree))
                return ImportTarget.To(tree);
            return ImportTarget.Unresolved(target.Full is { } missing && unreadable.TryGetValue(missing, out var reason) ? reason : $"no file `{target.Full}` is part of the theory");
        }

        var settingsDiagnostics = _settingsDiagnostics.GetValueOrDefault(root, []);
        foreach (var files in Partition(settings, order, imports))
        {
            var trees = files.Select(f => treeByPath[f]).ToImmutableArray();
            var (bibliographies, loadDiagnostics) = LoadBibliographies(files, treeByPath, settings, root);
            if (_bound.Get(trees, bibliographies, options) is not { } theory)
            {
                // Over the budget: the theory keeps its files (and their syntax errors) but binds
                // nothing, and the load fails, so no result passes for a checked one.
                if (!_boundTooOften)
                    _diagnostics.ReportSharedFilesBoundTooOften(documents[files[0]].Text!.FilePath, Limits.ReboundTheoryCharacters);
                _boundTooOften = true;
                theory = new BoundTheory([], [], options);
            }

            var compilation = Compilation.Create(trees, bibliographies, options, settingsDiagnostics.AddRange(loadDiagnostics), Resolve, theory);
            yield return new WorkspaceTheory(compilation, settings, [.. files]);
        }
    }

    /// <summary>
    /// With theory.json every file belongs to one theory. Without it, each file that no other
    /// imports starts a theory made of it and what it imports; a file in an import circle with no
    /// such entry point starts its own.
    /// </summary>
    private static IEnumerable<List<string>> Partition(ProjectSettings? settings, List<string> files, Dictionary<string, List<string>> imports)
    {
        if (files.Count == 0)
            yield break;
        if (settings is not null)
        {
            yield return files;
            yield break;
        }

        foreach (var theory in TheoryPartition.Partition(files, imports, WorkspacePath.Comparer))
            yield return theory;
    }

    private (ImmutableArray<Bibliography.BibliographyFile>, IReadOnlyList<Diagnostic>) LoadBibliographies(
        List<string> files, Dictionary<string, SyntaxTree> trees, ProjectSettings? settings, string root)
    {
        var requests = new List<(string? FullPath, string Written, Location Location)>();
        foreach (var file in files)
        {
            foreach (var theory in trees[file].Root.Declarations.OfType<TheoryDeclarationSyntax>())
                foreach (var clause in theory.Clauses.OfType<BibliographyClauseSyntax>())
                    if (clause.Path is { IsMissing: false } token)
                        requests.Add((WorkspacePath.TryResolve(Path.GetDirectoryName(file) ?? file, token.ValueText), token.ValueText, token.GetLocation()!));
        }

        foreach (var path in settings?.Bibliography ?? [])
            requests.Add((WorkspacePath.TryResolve(root, path), path, settings!.LocationOf(path)));

        var result = ImmutableArray.CreateBuilder<Bibliography.BibliographyFile>();
        var diagnostics = new DiagnosticBag();
        var seen = new HashSet<string>(WorkspacePath.Comparer);
        foreach (var (full, written, location) in requests)
        {
            if (full is not null && !seen.Add(full))
                continue;
            var error = full is null ? "the path is empty or invalid"
                : !WorkspacePath.IsInside(full, root) ? $"it is outside the project root `{root}`"
                : CheckReadable(full, root);
            var document = error is null ? ReadData(full!) : null;
            if (document?.Text is null)
            {
                diagnostics.ReportBibliographyNotFound(location, written, error ?? document!.Error!);
                continue;
            }

            if (document.LegacyEncoding is { } encoding)
                diagnostics.ReportLegacyEncoding(Location.OfFile(document.Text.FilePath), document.Text.FilePath, encoding);

            result.Add(document.GetBibliography());
        }

        return (result.ToImmutable(), diagnostics.ToList());
    }

    /// <summary>True when the path, with its links followed, is still inside the root (with its links followed).</summary>
    private bool StaysInside(string full, string root)
    {
        var provider = _options.FileProvider;
        return provider.GetRealPath(full) is { } real && WorkspacePath.IsInside(real, provider.GetRealPath(root) ?? root);
    }

    /// <summary>The path a link inside the root leads to, when that is inside the root too; else the path as given.</summary>
    private string Canonical(string full, string root)
    {
        if (_documents.TryGetValue(full, out var document) && document.IsOverlay)
            return full;
        var provider = _options.FileProvider;
        var realRoot = provider.GetRealPath(root) ?? root;
        if (provider.GetRealPath(full) is not { } real || !WorkspacePath.IsInside(real, realRoot))
            return full;
        // Expressed under the root as the workspace names it (the root itself may be reached by a link).
        var canonical = WorkspacePath.Comparer.Equals(real, realRoot) ? root : Path.Combine(root, real[WorkspacePath.AsDirectoryPrefix(realRoot).Length..]);
        return KindOf(canonical) == FileEntryKind.File ? canonical : full;
    }

    /// <summary>Why a file cannot be used, or null: missing, a folder, or a link that leads out of the project.</summary>
    private string? CheckReadable(string full, string root)
    {
        switch (KindOf(full))
        {
            case FileEntryKind.Directory:
                return "it is a directory, not a file";
            case FileEntryKind.Missing:
                return "the file does not exist";
        }

        if (_documents.TryGetValue(full, out var document) && document.IsOverlay)
            return null; // a document the host supplied, not a link on disk
        var provider = _options.FileProvider;
        var real = provider.GetRealPath(full);
        if (real is null)
            return "its symbolic links form a loop";
        var realRoot = provider.GetRealPath(root) ?? root;
        if (WorkspacePath.IsInside(real, realRoot))
            return null;
        var realFolder = provider.GetRealPath(Path.GetDirectoryName(full) ?? full);
        return realFolder is not null && WorkspacePath.IsInside(realFolder, realRoot)
            ? $"it is a symbolic link to a file outside the project root `{root}`"
            : $"a folder on its path is a symbolic link to outside the project root `{root}`";
    }

    /// <summary>
    /// Parses the documents that have no tree yet on all cores: parsing is pure, and each document
    /// keeps its own tree, so the result does not depend on which thread finished first.
    /// </summary>
    private static void ParseAll(List<WorkspaceDocument> documents)
    {
        var unparsed = documents.Where(d => !d.HasTree).ToList();
        if (unparsed.Count == 1)
            unparsed[0].GetTree();
        else if (unparsed.Count > 1)
            Parallel.ForEach(unparsed, d => d.GetTree());
    }
}
