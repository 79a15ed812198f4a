using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Theory.Bibliography;
using Theory.Emit;
using Theory.Emit.CSharp;
using Theory.Syntax;
using SyntaxTree = Theory.Syntax.SyntaxTree;
using TheoryCompilation = Theory.Semantics.Compilation;
// A file's path and text: a value tuple, so the incremental pipeline can tell when nothing changed.
using InputFile = (string Path, string? Text);

namespace Theory.SourceGenerator;

/// <summary>
/// Turns the <c>.theory</c> files among a project's <c>AdditionalFiles</c> into generated
/// <c>Theory.Model</c> classes, one per theory, and reports the theory's diagnostics (TH IDs, at their
/// locations in the .theory files) as build diagnostics. Files are grouped into theories as the CLI
/// groups loose files: each file that no other imports starts a theory made of it and its imports.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TheoryModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var theories = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".theory", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => (Path: file.Path, Text: file.GetText(token)?.ToString()))
            .Collect();
        var bibliographies = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => (Path: file.Path, Text: file.GetText(token)?.ToString()))
            .Collect();
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
        {
            options.GlobalOptions.TryGetValue("build_property.TheoryNamespace", out var configured);
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            return string.IsNullOrWhiteSpace(configured) ? (string.IsNullOrWhiteSpace(rootNamespace) ? "Theories" : rootNamespace + ".Theories") : configured!;
        });

        context.RegisterSourceOutput(theories.Combine(bibliographies).Combine(settings), static (output, input) =>
        {
            var ((theoryFiles, bibFiles), ns) = input;
            Generate(output, theoryFiles, bibFiles, ns);
        });
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<InputFile> theoryFiles, ImmutableArray<InputFile> bibFiles, string ns)
    {
        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var file in theoryFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            if (file.Text is null)
                continue;
            trees[Path.GetFullPath(file.Path)] = SyntaxTree.Parse(Text.SourceText.From(file.Text, file.Path));
        }

        var bibByPath = bibFiles.Where(b => b.Text is not null)
            .GroupBy(b => Path.GetFullPath(b.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var order = trees.Keys.ToList();
        foreach (var files in Semantics.TheoryPartition.Partition(order, Semantics.TheoryPartition.ImportsOf(trees), StringComparer.Ordinal))
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            var groupTrees = files.Select(f => trees[f]).ToList();
            var (bibliographies, loadDiagnostics) = Bibliographies(groupTrees, bibByPath);
            ImmutableArray<SyntaxTree> treeArray = [.. groupTrees];
            var options = Semantics.CompilationOptions.Default;
            var compilation = TheoryCompilation.Create(treeArray, [.. bibliographies], options, [.. loadDiagnostics], Semantics.ImportGraph.ByFilePath(treeArray, options));

            foreach (var diagnostic in compilation.GetDiagnostics())
                output.ReportDiagnostic(BuildDiagnostics.From(diagnostic));

            var name = ArtifactEmitter.NameOf(compilation);
            var hint = name + ".Theory.g.cs";
            for (var n = 2; !hintNames.Add(hint); n++)
                hint = name + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".Theory.g.cs";
            var source = CSharpModelEmitter.Emit(compilation, new EmitOptions { Namespace = ns });
            output.AddSource(hint, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>The .bib files the theory's header names, found among the AdditionalFiles.</summary>
    private static (List<BibliographyFile>, List<Diagnostics.Diagnostic>) Bibliographies(List<SyntaxTree> trees, Dictionary<string, InputFile> available)
    {
        var files = new List<BibliographyFile>();
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var clause in tree.Root.Declarations.OfType<TheoryDeclarationSyntax>().SelectMany(t => t.Clauses.OfType<BibliographyClauseSyntax>()))
            {
                if (clause.Path is not { IsMissing: false } token || Semantics.ImportResolution.Resolve(tree.FilePath, token.ValueText) is not { } full)
                    continue;
                if (!seen.Add(full))
                    continue;
                if (available.TryGetValue(full, out var bib))
                {
                    files.Add(BibliographyFile.Parse(Text.SourceText.From(bib.Text!, bib.Path)));
                }
                else
                {
                    diagnostics.Add(new Diagnostics.Diagnostic(Diagnostics.DiagnosticDescriptors.BibliographyNotFound, token.GetLocation(),
                        [token.ValueText, "it is not listed in the project's AdditionalFiles"], []));
                }
            }
        }

        return (files, diagnostics);
    }
}
