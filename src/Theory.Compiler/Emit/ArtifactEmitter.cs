using System.Collections.Immutable;
using Theory.Emit.CSharp;
using Theory.Emit.Csv;
using Theory.Emit.Dot;
using Theory.Emit.Mermaid;
using Theory.Semantics;

namespace Theory.Emit;

/// <summary>
/// Every text artefact of a theory, named after it: the web and chains diagrams (DOT), the C# model,
/// the JSON model, a Mermaid flowchart and the CMOC table (CSV). Rendering DOT to SVG needs Graphviz
/// and is the caller's job (the CLI does it).
/// </summary>
public static class ArtifactEmitter
{
    /// <summary>The artefacts in a fixed order, as text; file names start with the theory's name.</summary>
    public static ImmutableArray<EmittedArtifact> EmitAll(Compilation compilation, EmitOptions? options = null) =>
        [.. Sources(compilation, options).Select(source => new EmittedArtifact(source.FileName, source.GetText()))];

    /// <summary>
    /// The same artefacts, in the same order, not yet produced: write each to its file with
    /// <see cref="ArtifactSource.WriteTo"/> to avoid holding a large model in memory.
    /// </summary>
    public static ImmutableArray<ArtifactSource> Sources(Compilation compilation, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        var name = TheoryNames.Of(compilation);
        var sources = ImmutableArray.CreateBuilder<ArtifactSource>();
        sources.Add(ArtifactSource.FromText(name + ".web.dot", () => DotEmitter.Emit(compilation, DotView.Web, options)));
        sources.Add(ArtifactSource.FromText(name + ".chains.dot", () => DotEmitter.Emit(compilation, DotView.Chains, options)));
        sources.Add(ArtifactSource.FromStream(name + ".cs", () => CSharpModelEmitter.Emit(compilation, options), stream =>
        {
            using var writer = new StreamWriter(stream, ArtifactSource.Utf8, 1 << 16, leaveOpen: true);
            CSharpModelEmitter.Emit(compilation, writer, options);
        }));
#if NET
        sources.Add(ArtifactSource.FromStream(name + ".json", () => Json.JsonModelEmitter.Emit(compilation, options),
            stream => Json.JsonModelEmitter.Emit(compilation, stream, options)));
#endif
        sources.Add(ArtifactSource.FromText(name + ".mmd", () => MermaidEmitter.Emit(compilation, options)));
        sources.Add(ArtifactSource.FromText(name + ".cmocs.csv", () => CsvEmitter.Emit(compilation, options)));
        return sources.ToImmutable();
    }

    /// <summary>The name artefacts of this compilation are filed under.</summary>
    public static string NameOf(Compilation compilation) => TheoryNames.Of(compilation);
}
