using System.Collections.Immutable;
using Theory.Emit.CSharp;
using Theory.Emit.Csv;
using Theory.Emit.Dot;
using Theory.Emit.Mermaid;
using Theory.Semantics;

namespace Theory.Emit;

/// <summary>
/// Every artefact of a theory, named after it: the web and chains diagrams (DOT), the C# model,
/// the JSON model, a Mermaid flowchart and the CMOC table (CSV), each with its kind and format;
/// and, for a theory with errors, the marker that says so. Rendering DOT to SVG needs Graphviz
/// and is the host's job.
/// </summary>
public static class ArtifactEmitter
{
    /// <summary>
    /// The artefacts in a fixed order, produced when asked: write each to its file with
    /// <see cref="Artifact.WriteTo"/> (a large model is never held whole), or ask for its text.
    /// </summary>
    public static ImmutableArray<Artifact> EmitAll(Compilation compilation, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        var name = TheoryNames.Of(compilation);
        var artifacts = ImmutableArray.CreateBuilder<Artifact>();
        foreach (var (view, suffix) in new[] { (DotView.Web, ".web.dot"), (DotView.Chains, ".chains.dot") })
        {
            artifacts.Add(Artifact.FromWriter(name + suffix, ArtifactKind.Diagram, ArtifactFormat.Dot, () => DotEmitter.Emit(compilation, view, options),
                writer => DotEmitter.WriteTo(compilation, view, writer, options)));
        }

        artifacts.Add(Artifact.FromWriter(name + ".cs", ArtifactKind.Model, ArtifactFormat.CSharp, () => CSharpModelEmitter.Emit(compilation, options),
            writer => CSharpModelEmitter.WriteTo(compilation, writer, options)));
#if NET
        artifacts.Add(Artifact.FromStream(name + ".json", ArtifactKind.Model, ArtifactFormat.Json, () => Json.JsonModelEmitter.Emit(compilation, options),
            stream => Json.JsonModelEmitter.WriteTo(compilation, stream, options)));
#endif
        artifacts.Add(Artifact.FromWriter(name + ".mmd", ArtifactKind.Diagram, ArtifactFormat.Mermaid, () => MermaidEmitter.Emit(compilation, options),
            writer => MermaidEmitter.WriteTo(compilation, writer, options)));
        artifacts.Add(Artifact.FromWriter(name + ".cmocs.csv", ArtifactKind.Table, ArtifactFormat.Csv, () => CsvEmitter.Emit(compilation, options),
            writer => CsvEmitter.WriteTo(compilation, writer, options)));
        return artifacts.ToImmutable();
    }

    /// <summary>The name artefacts of this compilation are filed under.</summary>
    public static string NameOf(Compilation compilation) => TheoryNames.Of(compilation);

    /// <summary>The file name of the marker written beside outputs built from a theory with errors.</summary>
    public static string InvalidMarkerFileName(Compilation compilation) => TheoryNames.Of(compilation) + ".INVALID.txt";

    /// <summary>
    /// For a theory with errors, the marker that lists them (paths as <paramref name="options"/>
    /// shows them, so the bytes do not depend on where the build ran); null for a valid theory,
    /// whose stale marker a host removes. CSV has no comments, so the marker is the only place a
    /// table says it came from an invalid theory.
    /// </summary>
    public static Artifact? InvalidMarker(Compilation compilation, EmitOptions? options = null)
    {
        if (!compilation.HasErrors)
            return null;
        options ??= EmitOptions.Default;
        return Artifact.FromText(InvalidMarkerFileName(compilation), ArtifactKind.InvalidMarker, ArtifactFormat.Text, () =>
        {
            var text = new System.Text.StringBuilder("Built from a theory with errors; these outputs describe an invalid theory.\n");
            foreach (var diagnostic in compilation.GetDiagnostics())
            {
                if (diagnostic.Severity != Diagnostics.DiagnosticSeverity.Error)
                    continue;
                var where = diagnostic.Location.IsWholeFile ? "" : $"({diagnostic.Location.LineSpan.Start})";
                text.Append(TextSanitiser.OneLine($"{options.PathOf(diagnostic.Location.Text)}{where}: {diagnostic.Id}: {diagnostic.Message}")).Append('\n');
            }

            return text.ToString();
        });
    }
}
