using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Theory.Emit;
using Theory.Emit.CSharp;
using Theory.Projects;
// A file's path and text: a value tuple, so the incremental pipeline can tell when nothing changed.
using InputFile = (string Path, string? Text);

namespace Theory.SourceGenerator;

/// <summary>
/// Turns the <c>.theory</c> files among a project's <c>AdditionalFiles</c> into generated
/// <c>Theory.Model</c> classes, one per theory, and reports the theory's diagnostics (TH IDs, at their
/// locations in the .theory files) as build diagnostics. The files are loaded by the same workspace
/// as the command line uses, over the AdditionalFiles (.theory, .bib and theory.json) in memory:
/// with a theory.json among them, its sources, bibliographies, severities and minimum sources apply
/// at build time exactly as `theory check` applies them; without one, each file that no other
/// imports starts a theory made of it and its imports.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TheoryModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => IsTheoryInput(file.Path))
            .Select(static (file, token) => (Path: file.Path, Text: file.GetText(token)?.ToString()))
            .Collect();
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
        {
            options.GlobalOptions.TryGetValue("build_property.TheoryNamespace", out var configured);
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            return string.IsNullOrWhiteSpace(configured) ? (string.IsNullOrWhiteSpace(rootNamespace) ? "Theories" : rootNamespace + ".Theories") : configured!;
        });

        context.RegisterSourceOutput(files.Combine(settings), static (output, input) => Generate(output, input.Left, input.Right));
    }

    private static bool IsTheoryInput(string path) =>
        path.EndsWith(".theory", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ris", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Path.GetFileName(path), ProjectSettings.FileName, StringComparison.OrdinalIgnoreCase);

    private static void Generate(SourceProductionContext output, ImmutableArray<InputFile> inputs, string ns)
    {
        var readable = inputs.Where(f => f.Text is not null && Path.IsPathRooted(f.Path))
            .GroupBy(f => Path.GetFullPath(f.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text!, StringComparer.Ordinal);
        var theories = readable.Keys.Where(p => p.EndsWith(".theory", StringComparison.OrdinalIgnoreCase)).OrderBy(p => p, StringComparer.Ordinal).ToList();
        if (theories.Count == 0)
            return;

        // A theory file under a folder with theory.json is loaded as that project (its sources and
        // settings); any other is loaded on its own and grouped by its imports.
        var projects = readable.Keys.Where(p => string.Equals(Path.GetFileName(p), ProjectSettings.FileName, StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetDirectoryName(p)!).ToList();
        var paths = theories
            .Select(file => projects.Where(root => file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)).OrderByDescending(r => r.Length).FirstOrDefault() ?? file)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var workspace = TheoryWorkspace.Load(paths, new WorkspaceOptions
        {
            BaseDirectory = Path.GetPathRoot(theories[0])!,
            FileProvider = new InMemoryFileProvider(readable),
        });
        string FullPath(Theory.Text.SourceText text) => workspace.GetFullPath(text) ?? text.FilePath;

        foreach (var diagnostic in workspace.GetDiagnostics())
            output.ReportDiagnostic(BuildDiagnostics.From(diagnostic, FullPath));

        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var compilation in workspace.Compilations)
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            var name = ArtifactEmitter.NameOf(compilation);
            var hint = name + ".Theory.g.cs";
            for (var n = 2; !hintNames.Add(hint); n++)
                hint = name + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".Theory.g.cs";
            var source = CSharpModelEmitter.Emit(compilation, new EmitOptions { Namespace = ns });
            output.AddSource(hint, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}
