using Theory.Bibliography;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Projects;

/// <summary>
/// One file as a workspace snapshot knows it: its text, or why it could not be read, and what was
/// made from the text (a syntax tree, a bibliography). Snapshots share unchanged documents, so an
/// edit to one file parses that file alone.
/// </summary>
internal sealed class WorkspaceDocument
{
    private readonly object _gate = new();
    private SyntaxTree? _tree;

    // The tree of the text this document's text was edited from; dropped once this one's is made,
    // so a chain of edits keeps no old trees alive.
    private SyntaxTree? _edited;
    private BibliographyFile? _bibliography;

    private WorkspaceDocument(SourceText? text, string? error)
    {
        Text = text;
        Error = error;
    }

    /// <summary>The text, with its display path; null when the file could not be read.</summary>
    public SourceText? Text { get; }

    /// <summary>Why the file could not be read, when it could not.</summary>
    public string? Error { get; }

    /// <summary>True for a document the host says is gone (removed in an editor), whatever the provider holds.</summary>
    public bool IsRemoved { get; private init; }

    /// <summary>True for text a host supplied (an editor's unsaved buffer) rather than read from its file provider.</summary>
    public bool IsOverlay { get; private init; }

    /// <summary>The encoding assumed for a data file that was not Unicode (`Windows-1252`), else null.</summary>
    public string? LegacyEncoding { get; private init; }

    public static WorkspaceDocument Read(string text, string displayPath, string? legacyEncoding = null) =>
        new(SourceText.From(text, displayPath), null) { LegacyEncoding = legacyEncoding };

    /// <summary>
    /// An editor's buffer. <paramref name="edited"/> is the document it replaces: when that one was
    /// parsed, this one's tree is made from its tree, parsing only the declarations the edit touched.
    /// </summary>
    public static WorkspaceDocument Overlay(string text, string displayPath, WorkspaceDocument? edited = null) =>
        new(SourceText.From(text, displayPath), null) { IsOverlay = true, _edited = edited?._tree };

    public static WorkspaceDocument Unreadable(string error) => new(null, error);

    public static WorkspaceDocument Removed() => new(null, "the file does not exist") { IsRemoved = true };

    /// <summary>The syntax tree, parsed on first use (parsing is pure, so a race parses twice at worst and keeps one).</summary>
    public SyntaxTree GetTree()
    {
        if (_tree is { } tree)
            return tree;
        var text = Text ?? throw new InvalidOperationException("the document has no text");
        var parsed = _edited is { } edited ? edited.WithChangedText(text) : SyntaxTree.Parse(text);
        lock (_gate)
        {
            _edited = null;
            return _tree ??= parsed;
        }
    }

    public bool HasTree => _tree is not null;

    public BibliographyFile GetBibliography()
    {
        if (_bibliography is { } bibliography)
            return bibliography;
        var parsed = BibliographyFile.Parse(Text ?? throw new InvalidOperationException("the document has no text"));
        lock (_gate)
            return _bibliography ??= parsed;
    }
}
