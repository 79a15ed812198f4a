using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Projects;

/// <summary>
/// An immutable snapshot of the theories that some paths name: theory.json, sources, imports and
/// bibliographies resolved once, through an <see cref="IFileProvider"/>, into compilations. Every
/// host (the command line, the language server, the source generator, tests) loads theories
/// this way. Edits make a new snapshot that reuses every unchanged syntax tree and bibliography.
/// </summary>
public sealed class TheoryWorkspace
{
    private readonly ImmutableArray<string> _paths;
    private readonly string _base;
    private readonly WorkspaceState _state;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<Dictionary<Text.SourceText, string>> _fullPaths;

    private TheoryWorkspace(ImmutableArray<string> paths, WorkspaceOptions options, WorkspaceState state)
    {
        _paths = paths;
        _base = WorkspacePath.Normalise(options.BaseDirectory);
        Options = options;
        _state = state;
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(CollectDiagnostics);
        _fullPaths = new Lazy<Dictionary<Text.SourceText, string>>(() => _state.Documents
            .Where(d => d.Value.Text is not null)
            .ToDictionary(d => d.Value.Text!, d => d.Key)); // SourceText compares by reference
    }

    public WorkspaceOptions Options { get; }

    /// <summary>One entry per theory, in a stable order.</summary>
    public ImmutableArray<Compilation> Compilations => [.. _state.Theories.Select(t => t.Compilation)];

    /// <summary>Every theory file read, by display path (relative to the base folder when inside it), in order.</summary>
    public ImmutableArray<string> Files => _state.Files;

    /// <summary>
    /// Problems with the paths themselves (missing, unreadable, not UTF-8, an empty folder, a
    /// source outside the project): coded diagnostics that no compilation owns. A host treats
    /// them as usage errors (the command line exits with 2).
    /// </summary>
    public ImmutableArray<Diagnostic> LoadDiagnostics => _state.Diagnostics;

    /// <summary>True when some path could not be used at all.</summary>
    public bool HasLoadErrors => _state.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Loads the theories <paramref name="paths"/> name (files, or folders searched for .theory files; none means the base folder).</summary>
    public static TheoryWorkspace Load(IEnumerable<string> paths, WorkspaceOptions options)
    {
        if (options is null)
            throw new ArgumentNullException(nameof(options));
        ImmutableArray<string> list = [.. paths];
        return new TheoryWorkspace(list, options, WorkspaceLoader.Load(list, options,
            ImmutableDictionary.Create<string, WorkspaceDocument>(WorkspacePath.Comparer),
            ImmutableDictionary.Create<string, IReadOnlyList<string>>(WorkspacePath.Comparer)));
    }

    /// <summary>Loads from disk, with paths resolved against and shown relative to <paramref name="baseDirectory"/>.</summary>
    public static TheoryWorkspace Load(IEnumerable<string> paths, string baseDirectory) =>
        Load(paths, WorkspaceOptions.ForDirectory(baseDirectory));

    /// <summary>
    /// Every diagnostic: the load problems and each compilation's, each reported once even when two
    /// compilations share a file, in <see cref="DiagnosticOrder"/>.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>The theory.json settings a compilation was loaded with, or null for loose files.</summary>
    public ProjectSettings? GetProjectSettings(Compilation compilation) =>
        _state.Theories.FirstOrDefault(t => ReferenceEquals(t.Compilation, compilation))?.Settings;

    /// <summary>The full path of a tree this workspace read, or null for a tree it does not hold.</summary>
    public string? GetFullPath(SyntaxTree tree) => GetFullPath(tree.Text);

    /// <summary>The full path of a text (a theory, theory.json, a bibliography) this workspace read, or null for one it does not hold.</summary>
    public string? GetFullPath(Text.SourceText text) => _fullPaths.Value.GetValueOrDefault(text);

    /// <summary>
    /// True when <paramref name="path"/> (full, or relative to the base folder) is a file this
    /// workspace read: a theory, a bibliography or theory.json. No output may be written over one.
    /// </summary>
    public bool IsInput(string path)
    {
        var full = FullPathOf(path);
        return _state.Documents.TryGetValue(full, out var document) && document.Text is not null;
    }

    /// <summary>How this workspace shows a full path: relative to the base folder when inside it.</summary>
    public string GetDisplayPath(string fullPath) => WorkspacePath.Display(_base, WorkspacePath.Normalise(fullPath));

    /// <summary>
    /// A new snapshot in which the file at <paramref name="path"/> (full, or relative to the base
    /// folder) holds <paramref name="text"/>, as an editor's unsaved buffer would. Every other
    /// file's tree and bibliography is reused; a new file joins the folders being searched.
    /// </summary>
    public TheoryWorkspace WithDocumentText(string path, string text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        var full = FullPathOf(path);
        var documents = _state.Documents.SetItem(full, WorkspaceDocument.Overlay(text, GetDisplayPath(full), _state.Documents.GetValueOrDefault(full)));
        return Reload(documents, AddToListings(full));
    }

    /// <summary>A new snapshot without the file at <paramref name="path"/>, whatever the file provider holds.</summary>
    public TheoryWorkspace RemoveDocument(string path)
    {
        var full = FullPathOf(path);
        var listings = _state.Listings;
        foreach (var (directory, files) in _state.Listings)
        {
            if (files.Contains(full, WorkspacePath.Comparer))
                listings = listings.SetItem(directory, [.. files.Where(f => !WorkspacePath.Comparer.Equals(f, full))]);
        }

        return Reload(_state.Documents.SetItem(full, WorkspaceDocument.Removed()), listings);
    }

    private TheoryWorkspace Reload(ImmutableDictionary<string, WorkspaceDocument> documents, ImmutableDictionary<string, IReadOnlyList<string>> listings) =>
        new(_paths, Options, WorkspaceLoader.Load(_paths, Options, documents, listings));

    private ImmutableDictionary<string, IReadOnlyList<string>> AddToListings(string full)
    {
        if (!full.EndsWith(WorkspaceLoader.TheoryExtension, StringComparison.Ordinal))
            return _state.Listings;
        var listings = _state.Listings;
        foreach (var (directory, files) in _state.Listings)
        {
            if (WorkspacePath.IsInside(full, directory) && !files.Contains(full, WorkspacePath.Comparer))
                listings = listings.SetItem(directory, [.. files.Append(full).Order(StringComparer.Ordinal)]);
        }

        return listings;
    }

    private string FullPathOf(string path) => WorkspacePath.Resolve(_base, path);

    private ImmutableArray<Diagnostic> CollectDiagnostics()
    {
        if (_state.Theories.Length == 1 && _state.Diagnostics.IsEmpty)
            return _state.Theories[0].Compilation.GetDiagnostics();
        var seen = new HashSet<(string, int, int, string, string)>();
        var refinements = RefinementChecks.Check(Compilations);
        return [.. _state.Diagnostics.Concat(_state.Theories.SelectMany(t => t.Compilation.GetDiagnostics())).Concat(refinements)
            .Where(d => seen.Add((d.Location.FilePath, d.Location.Span.Start, d.Location.Span.Length, d.Id, d.Message)))
            .Order(DiagnosticOrder.Instance)];
    }
}
