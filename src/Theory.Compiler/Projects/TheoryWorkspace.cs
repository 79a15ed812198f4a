using System.Collections.Immutable;
using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Projects;

/// <summary>
/// Loads theories from disk: finds theory.json, reads the files the paths name, follows imports
/// (never out of the project root, symbolic links included), reads bibliographies, and groups
/// the files into compilations. All file-system access of the compiler happens here.
/// </summary>
public sealed class TheoryWorkspace
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseSensitive,
    };

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly List<string> _problems = [];
    private readonly Dictionary<string, ProjectSettings?> _projectByDirectory = new(PathComparer);
    private readonly Dictionary<string, ImmutableArray<Diagnostic>> _settingsDiagnostics = new(PathComparer);
    private readonly Dictionary<Compilation, ProjectSettings?> _settingsByCompilation = [];

    private TheoryWorkspace()
    {
    }

    /// <summary>One entry per compilation, in a stable order.</summary>
    public ImmutableArray<Compilation> Compilations { get; private set; } = [];

    /// <summary>Every file read, by display path, in order.</summary>
    public ImmutableArray<string> Files { get; private set; } = [];

    /// <summary>Paths that could not be used at all (missing, unreadable, not UTF-8): usage errors, not diagnostics.</summary>
    public ImmutableArray<string> Problems { get; private set; } = [];

    /// <summary>Every compilation's diagnostics, each reported once even when two compilations share a file.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics()
    {
        if (Compilations.Length == 1)
            return Compilations[0].GetDiagnostics();
        var seen = new HashSet<(string, int, int, string, string)>();
        return [.. Compilations.SelectMany(c => c.GetDiagnostics())
            .Where(d => seen.Add((d.Location.FilePath, d.Location.Span.Start, d.Location.Span.Length, d.Id, d.Message)))
            .Order(DiagnosticOrder.Instance)];
    }

    /// <summary>The theory.json settings a compilation was loaded with, or null for loose files.</summary>
    public ProjectSettings? GetProjectSettings(Compilation compilation) => _settingsByCompilation.GetValueOrDefault(compilation);

    public static TheoryWorkspace Load(IEnumerable<string> paths)
    {
        var workspace = new TheoryWorkspace();
        workspace.LoadPaths([.. paths]);
        return workspace;
    }

    private void LoadPaths(List<string> paths)
    {
        // Entry files grouped by project: theory.json's folder, or for loose files the folder named on the command line.
        var groups = new Dictionary<string, (ProjectSettings? Settings, List<string> Files)>(PathComparer);
        var order = new List<string>();
        void AddEntry(string root, ProjectSettings? settings, string file)
        {
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = (settings, []);
                order.Add(root);
            }

            if (!group.Files.Contains(file, PathComparer))
                group.Files.Add(file);
        }

        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            if (Directory.Exists(path))
            {
                var full = Path.GetFullPath(path);
                var project = FindProject(full);
                var files = project is not null && PathComparer.Equals(project.Root, Path.TrimEndingDirectorySeparator(full))
                    ? ExpandSources(project)
                    : Directory.EnumerateFiles(path, "*.theory", Recursive).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                    _problems.Add($"no .theory files found in directory '{path}'");
                foreach (var file in files)
                    AddEntry(project?.Root ?? Path.TrimEndingDirectorySeparator(full), project, file);
            }
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                var project = FindProject(Path.GetDirectoryName(full)!);
                AddEntry(project?.Root ?? Path.GetDirectoryName(full)!, project, path);
            }
            else
                _problems.Add($"cannot find '{path}': no such file or directory");
        }

        var compilations = new List<Compilation>();
        var allFiles = new List<string>();
        foreach (var root in order)
        {
            var (settings, entries) = groups[root];
            compilations.AddRange(LoadGroup(root, settings, entries, allFiles));
        }

        Compilations = [.. compilations];
        Files = [.. allFiles.Distinct(StringComparer.Ordinal)];
        Problems = [.. _problems];
    }

    private List<string> ExpandSources(ProjectSettings project)
    {
        var files = new List<string>();
        foreach (var source in project.Sources)
        {
            var full = Path.GetFullPath(Path.Combine(project.Root, source));
            if (!ImportResolution.IsInside(full, project.Root))
                _problems.Add($"theory.json: source '{source}' is outside the project root");
            else if (Directory.Exists(full))
                files.AddRange(Directory.EnumerateFiles(full, "*.theory", Recursive).Order(StringComparer.Ordinal).Select(DisplayPath));
            else if (File.Exists(full))
                files.Add(DisplayPath(full));
            else
                _problems.Add($"theory.json: source '{source}' does not exist");
        }

        return files;
    }

    private ProjectSettings? FindProject(string directory)
    {
        var visited = new List<string>();
        ProjectSettings? found = null;
        for (var dir = Path.TrimEndingDirectorySeparator(directory); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (_projectByDirectory.TryGetValue(dir, out found))
                break;
            visited.Add(dir);
            var file = Path.Combine(dir, ProjectSettings.FileName);
            if (File.Exists(file))
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
        var text = ReadText(DisplayPath(file), out var error);
        if (text is null)
        {
            _problems.Add($"cannot read '{DisplayPath(file)}': {error}");
            return new ProjectSettings { Root = root };
        }

        var settings = ProjectSettings.Parse(text, root, out var diagnostics);
        _settingsDiagnostics[root] = diagnostics;
        return settings;
    }

    private IEnumerable<Compilation> LoadGroup(string root, ProjectSettings? settings, List<string> entries, List<string> allFiles)
    {
        var trees = new Dictionary<string, SyntaxTree>(PathComparer);
        var treeOrder = new List<string>();
        var unreadable = ImmutableDictionary.CreateBuilder<string, string>(PathComparer);
        var imports = new Dictionary<string, List<string>>(PathComparer);
        var pending = new Queue<string>();

        var read = new List<(string Entry, SourceText Text)>();
        foreach (var entry in entries)
        {
            var text = ReadText(entry, out var error);
            if (text is null)
                _problems.Add($"cannot read '{entry}': {error}");
            else
                read.Add((entry, text));
        }

        var parsed = ParseAll([.. read.Select(r => r.Text)]);
        for (var i = 0; i < read.Count; i++)
        {
            var full = Path.GetFullPath(read[i].Entry);
            if (trees.TryAdd(full, parsed[i]))
            {
                treeOrder.Add(full);
                pending.Enqueue(full);
            }
        }

        // Follow imports breadth-first; the compilation reports unresolved and circular imports.
        while (pending.Count > 0)
        {
            var full = pending.Dequeue();
            var tree = trees[full];
            imports[full] = [];
            foreach (var import in tree.Root.Declarations.OfType<ImportDeclarationSyntax>())
            {
                if (import.Path is not { IsMissing: false } token || ImportResolution.Resolve(tree.FilePath, token.ValueText) is not { } target)
                    continue;
                if (!ImportResolution.IsInside(target, root))
                    continue;
                imports[full].Add(target);
                if (trees.ContainsKey(target) || unreadable.ContainsKey(target))
                    continue;
                if (CheckReadable(target, root) is { } reason)
                {
                    unreadable[target] = reason;
                    continue;
                }

                var text = ReadText(DisplayPath(target), out var error);
                if (text is null)
                {
                    unreadable[target] = error!;
                    continue;
                }

                trees.Add(target, SyntaxTree.Parse(text));
                treeOrder.Add(target);
                pending.Enqueue(target);
            }
        }

        allFiles.AddRange(treeOrder.Select(f => trees[f].FilePath));
        var options = new CompilationOptions
        {
            MinimumSources = settings?.MinimumSources ?? 2,
            SpecificDiagnosticOptions = settings?.Diagnostics ?? CompilationOptions.Default.SpecificDiagnosticOptions,
            ProjectRoot = root,
            UnreadableFiles = unreadable.ToImmutable(),
        };

        var settingsDiagnostics = _settingsDiagnostics.GetValueOrDefault(root, []);
        foreach (var files in PartitionIntoTheories(settings, treeOrder, imports))
        {
            var groupTrees = files.Select(f => trees[f]).ToList();
            var (bibliographies, loadDiagnostics) = LoadBibliographies(groupTrees, settings, root);
            var compilation = Compilation.CreateWithLoadDiagnostics(groupTrees, bibliographies, options, settingsDiagnostics.AddRange(loadDiagnostics));
            _settingsByCompilation[compilation] = settings;
            yield return compilation;
        }
    }

    /// <summary>
    /// With theory.json every file belongs to one theory. Without it, each file that no other
    /// imports starts a theory made of it and what it imports; a file in an import circle with no
    /// such entry point starts its own.
    /// </summary>
    private static IEnumerable<List<string>> PartitionIntoTheories(ProjectSettings? settings, List<string> files, Dictionary<string, List<string>> imports)
    {
        if (files.Count == 0)
            yield break;
        if (settings is not null)
        {
            yield return files;
            yield break;
        }

        foreach (var theory in TheoryPartition.Partition(files, imports, PathComparer))
            yield return theory;
    }

    private (List<BibliographyFile>, List<Diagnostic>) LoadBibliographies(List<SyntaxTree> trees, ProjectSettings? settings, string root)
    {
        var requests = new List<(string FullPath, string Written, Location? Location)>();
        foreach (var tree in trees)
            foreach (var theory in tree.Root.Declarations.OfType<TheoryDeclarationSyntax>())
                foreach (var clause in theory.Clauses.OfType<BibliographyClauseSyntax>())
                    if (clause.Path is { IsMissing: false } token && ImportResolution.Resolve(tree.FilePath, token.ValueText) is { } full)
                        requests.Add((full, token.ValueText, token.GetLocation()));
        foreach (var path in settings?.Bibliography ?? [])
            requests.Add((Path.GetFullPath(Path.Combine(root, path)), path, null));

        var files = new List<BibliographyFile>();
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<string>(PathComparer);
        foreach (var (full, written, location) in requests)
        {
            if (!seen.Add(full))
                continue;
            var reason = !ImportResolution.IsInside(full, root) ? $"it is outside the project root `{root}`" : CheckReadable(full, root);
            SourceText? text = null;
            string? error = reason;
            if (reason is null)
                text = ReadText(DisplayPath(full), out error);
            if (text is null)
            {
                if (location is not null)
                    diagnostics.Add(new Diagnostic(DiagnosticDescriptors.BibliographyNotFound, location, [written, error!], []));
                else
                    _problems.Add($"theory.json: cannot read bibliography '{written}': {error}");
                continue;
            }

            files.Add(BibliographyFile.Parse(text));
        }

        return (files, diagnostics);
    }

    /// <summary>Why a file cannot be used, or null: missing, a folder, or a link that leads out of the project.</summary>
    private static string? CheckReadable(string fullPath, string root)
    {
        if (Directory.Exists(fullPath))
            return "it is a directory, not a file";
        if (!File.Exists(fullPath))
            return "the file does not exist";
        try
        {
            var info = new FileInfo(fullPath);
            var real = RealPath.Of(fullPath);
            if (real is null)
                return "its symbolic links form a loop";
            if (!ImportResolution.IsInside(real, RealPath.Of(root) ?? root))
            {
                return info.LinkTarget is not null
                    ? $"it is a symbolic link to a file outside the project root `{root}`"
                    : $"a folder on its path is a symbolic link to outside the project root `{root}`";
            }
        }
        catch (IOException e)
        {
            return e.Message;
        }

        return null;
    }

    /// <summary>
    /// Parses files on all cores: parsing is pure, and each tree lands at its file's index, so the
    /// result does not depend on which thread finished first.
    /// </summary>
    private static SyntaxTree[] ParseAll(List<SourceText> texts)
    {
        var trees = new SyntaxTree[texts.Count];
        Parallel.For(0, texts.Count, i => trees[i] = SyntaxTree.Parse(texts[i]));
        return trees;
    }

    private static SourceText? ReadText(string path, out string? error) => SourceFile.TryRead(path, out error);

    /// <summary>Paths as the user sees them: relative to the current folder when inside it.</summary>
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
