using System.Collections.Immutable;
using Theory.Semantics;

namespace Theory.Projects;

/// <summary>One theory of a workspace: its compilation, the theory.json it was loaded with, and its files by full path.</summary>
internal sealed record WorkspaceTheory(Compilation Compilation, ProjectSettings? Settings, ImmutableArray<string> FullPaths);

/// <summary>What one load produced, and the documents and folder listings the next snapshot may reuse.</summary>
internal sealed record WorkspaceState(
    ImmutableArray<WorkspaceTheory> Theories,
    ImmutableArray<string> Files,
    ImmutableArray<Diagnostics.Diagnostic> Diagnostics,
    ImmutableDictionary<string, WorkspaceDocument> Documents,
    ImmutableDictionary<string, IReadOnlyList<string>> Listings);
