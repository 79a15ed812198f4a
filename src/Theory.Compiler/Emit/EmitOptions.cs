using Theory.Text;

namespace Theory.Emit;

/// <summary>
/// How artefacts are emitted: with which names and paths. Whether a theory is valid is not an
/// option: every artefact that can carry a mark says so when <c>Compilation.HasErrors</c>, so an
/// invalid model is never mistaken for a good one.
/// </summary>
public sealed class EmitOptions
{
    /// <summary>Default options: file paths as the source texts hold them.</summary>
    public static EmitOptions Default { get; } = new();

    /// <summary>
    /// Turns a source text into the path written into outputs (JSON locations). Outputs must not
    /// depend on where the theory sits on disk, so the CLI passes paths relative to the project root.
    /// </summary>
    public Func<SourceText, string>? DisplayPath { get; init; }

    /// <summary>The namespace of the generated C# model; defaults to <c>Theories</c>.</summary>
    public string? Namespace { get; init; }

    /// <summary>The name of the generated C# class; defaults to the theory's name plus <c>Theory</c>.</summary>
    public string? ClassName { get; init; }

    /// <summary>How diagrams are drawn (text size, wrapping, direction); the analyst's map when null.</summary>
    public Dot.DiagramOptions? Diagram { get; init; }

    internal string PathOf(SourceText text) => DisplayPath?.Invoke(text) ?? text.FilePath;
}
