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
    /// <summary>The artefacts in a fixed order; file names start with the theory's name.</summary>
    public static ImmutableArray<EmittedArtifact> EmitAll(Compilation compilation, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        var name = TheoryNames.Of(compilation);
        var artifacts = ImmutableArray.CreateBuilder<EmittedArtifact>();
        artifacts.Add(new(name + ".web.dot", DotEmitter.Emit(compilation, DotView.Web, options)));
        artifacts.Add(new(name + ".chains.dot", DotEmitter.Emit(compilation, DotView.Chains, options)));
        artifacts.Add(new(name + ".cs", CSharpModelEmitter.Emit(compilation, options)));
#if NET
        artifacts.Add(new(name + ".json", Json.JsonModelEmitter.Emit(compilation, options)));
#endif
        artifacts.Add(new(name + ".mmd", MermaidEmitter.Emit(compilation, options)));
        artifacts.Add(new(name + ".cmocs.csv", CsvEmitter.Emit(compilation, options)));
        return artifacts.ToImmutable();
    }

    /// <summary>The name artefacts of this compilation are filed under.</summary>
    public static string NameOf(Compilation compilation) => TheoryNames.Of(compilation);
}
