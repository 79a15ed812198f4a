using Theory.Projects;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.LanguageServer;

/// <summary>
/// What the server knows: the workspace folder, the documents the editor has open (their unsaved
/// text overrides the disk) and the current <see cref="TheoryWorkspace"/> snapshot. An edit makes a
/// new snapshot that re-parses only the edited file; opening, closing or a change on disk reloads.
/// </summary>
internal sealed class TheorySession
{
    private readonly Dictionary<string, (string Text, int Version)> _open = new(StringComparer.Ordinal);
    private readonly List<string> _extraFiles = [];
    private string _root = Directory.GetCurrentDirectory();
    private Dictionary<string, SyntaxTree>? _treesByPath;

    public TheoryWorkspace Workspace { get; private set; } = null!;

    public string Root => _root;

    public void Initialize(string root)
    {
        _root = root;
        Reload();
    }

    /// <summary>The full paths of the documents the editor has open.</summary>
    public IReadOnlyCollection<string> OpenDocuments => _open.Keys;

    public int? VersionOf(string path) => _open.TryGetValue(path, out var open) ? open.Version : null;

    public string? OpenText(string path) => _open.TryGetValue(path, out var open) ? open.Text : null;

    public void Open(string path, string text, int version)
    {
        _open[path] = (text, version);
        if (!IsInRoot(path) && !_extraFiles.Contains(path, StringComparer.Ordinal))
            _extraFiles.Add(path);
        Reload();
    }

    public void Change(string path, string text, int version)
    {
        _open[path] = (text, version);
        SetWorkspace(Workspace.WithDocumentText(path, text));
    }

    public void Close(string path)
    {
        _open.Remove(path);
        _extraFiles.Remove(path);
        Reload();
    }

    /// <summary>Reads everything again from disk (a file changed outside the editor), keeping open documents' text.</summary>
    public void Reload()
    {
        var paths = new List<string> { _root };
        paths.AddRange(_extraFiles.Where(File.Exists));
        var workspace = TheoryWorkspace.Load(paths, _root);
        foreach (var (path, open) in _open)
            workspace = workspace.WithDocumentText(path, open.Text);
        SetWorkspace(workspace);
    }

    /// <summary>The tree of the file at <paramref name="path"/> in the current snapshot, or null when it is not a theory file of the workspace.</summary>
    public SyntaxTree? TreeOf(string path)
    {
        _treesByPath ??= Workspace.Compilations.SelectMany(c => c.SyntaxTrees).Distinct()
            .Select(t => (Tree: t, Path: Workspace.GetFullPath(t)))
            .Where(t => t.Path is not null)
            .GroupBy(t => t.Path!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Tree, StringComparer.Ordinal);
        return _treesByPath.GetValueOrDefault(path);
    }

    /// <summary>The compilation a tree belongs to (the first, when a shared file is imported by several).</summary>
    public Compilation? CompilationOf(SyntaxTree tree) => Workspace.Compilations.FirstOrDefault(c => c.SyntaxTrees.Contains(tree));

    /// <summary>The full path of a location's file, whether the workspace read it or a diagnostic names it.</summary>
    public string? PathOf(Text.Location location) =>
        Workspace.GetFullPath(location.Text) ?? (location.FilePath.Length > 0 ? Path.GetFullPath(Path.Combine(_root, location.FilePath)) : null);

    private bool IsInRoot(string path) => path.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void SetWorkspace(TheoryWorkspace workspace)
    {
        Workspace = workspace;
        _treesByPath = null;
    }
}
