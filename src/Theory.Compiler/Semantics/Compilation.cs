using System.Collections.Immutable;
using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// An immutable theory: its syntax trees (one per file) and bibliographies, bound into symbols
/// and a causal web. Checks run once, on the first call to <see cref="GetDiagnostics"/>.
/// </summary>
public sealed class Compilation
{
    private readonly BoundTheory _bound;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<ImmutableArray<Diagnostic>> _errors;
    private readonly Lazy<Dictionary<string, CmocSymbol>> _cmocsByName;

    private readonly ImmutableArray<Diagnostic> _loadDiagnostics;
    private readonly ImportResolver _imports;

    private Compilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<BibliographyFile> bibliographies, CompilationOptions options, ImmutableArray<Diagnostic> loadDiagnostics, ImportResolver? imports, BoundTheory? bound)
    {
        _loadDiagnostics = loadDiagnostics;
        _imports = imports ?? ImportGraph.ByFilePath(trees, options);
        SyntaxTrees = trees;
        Bibliographies = bibliographies;
        Options = options;
        _bound = bound ?? new BoundTheory(trees, bibliographies, options);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => ComputeDiagnostics(_bound.Findings));
        _errors = new Lazy<ImmutableArray<Diagnostic>>(() => [.. ComputeDiagnostics(_bound.ErrorFindings).Where(d => d.Severity == DiagnosticSeverity.Error)]);
        _cmocsByName = new Lazy<Dictionary<string, CmocSymbol>>(() => _bound.Binding.Cmocs.ToDictionary(c => c.Name, StringComparer.Ordinal));
    }

    /// <summary>
    /// A compilation of trees made by the caller. Imports resolve by file path (relative to the
    /// importing tree's path) among the given trees; a workspace resolves them from what it read.
    /// </summary>
    public static Compilation Create(IEnumerable<SyntaxTree> syntaxTrees, IEnumerable<BibliographyFile>? bibliographies = null, CompilationOptions? options = null) =>
        new([.. syntaxTrees], [.. bibliographies ?? []], options ?? CompilationOptions.Default, [], null, null);

    /// <summary>
    /// For the workspace: the trees and bibliographies it read, how each import resolved, and the
    /// problems found reading the project (theory.json, bibliographies), which join the compilation's own,
    /// and the bound theory when another theory of the workspace already made it from the same files.
    /// </summary>
    internal static Compilation Create(ImmutableArray<SyntaxTree> syntaxTrees, ImmutableArray<BibliographyFile> bibliographies, CompilationOptions options,
        ImmutableArray<Diagnostic> loadDiagnostics, ImportResolver imports, BoundTheory bound) =>
        new(syntaxTrees, bibliographies, options, loadDiagnostics, imports, bound);

    /// <summary>True when any diagnostic, after suppressions and the project's severities, is an error.</summary>
    public bool HasErrors => !GetErrors().IsEmpty;

    /// <summary>
    /// The diagnostics of <see cref="GetDiagnostics"/> that are errors. When only these are needed
    /// it is cheaper: the checks that report nothing an error under the project's severities
    /// (opposing paths, near-duplicate CMOCs, look-alike names) are not run.
    /// </summary>
    public ImmutableArray<Diagnostic> GetErrors() => _diagnostics.IsValueCreated
        ? [.. _diagnostics.Value.Where(d => d.Severity == DiagnosticSeverity.Error)]
        : _errors.Value;

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public ImmutableArray<BibliographyFile> Bibliographies { get; }

    public CompilationOptions Options { get; }

    /// <summary>The `theory` header, if some file declares one.</summary>
    public TheorySymbol? Theory => _bound.Binding.Theory;

    public ImmutableArray<ConstructSymbol> Constructs => _bound.Binding.Constructs;

    public ImmutableArray<CmocSymbol> Cmocs => _bound.Binding.Cmocs;

    public ImmutableArray<LinkSymbol> Links => _bound.Binding.Links;

    public ImmutableArray<GroupSymbol> Groups => _bound.Binding.Groups;

    /// <summary>Declared stages in order, after the built-in `atemporal`.</summary>
    public ImmutableArray<StageSymbol> Stages => _bound.Binding.Stages;

    public ImmutableArray<TypologySymbol> Typologies => _bound.Binding.Typologies;

    public ImmutableArray<ChainSymbol> Chains => _bound.Binding.Chains;

    public ImmutableArray<FeedbackLoopSymbol> FeedbackLoops => _bound.Binding.FeedbackLoops;

    public ImmutableArray<MeasureSymbol> Measures => _bound.Binding.Measures;

    /// <summary>Bibliography entries, in file order.</summary>
    public ImmutableArray<SourceSymbol> Sources => _bound.Binding.Sources;

    /// <summary>The signed graph of constructs the claims assert.</summary>
    public CausalWeb Web => _bound.Binding.Web;

    /// <summary>A construct by name, alias or label, the way a reference in a theory file resolves.</summary>
    public ConstructSymbol? GetConstruct(string nameAliasOrLabel) => _bound.Binding.LookupConstruct(nameAliasOrLabel);

    /// <summary>
    /// The construct name nearest to <paramref name="written"/> by edit distance, for a "did you
    /// mean" when <see cref="GetConstruct"/> finds nothing; null when none is close.
    /// </summary>
    public string? SuggestConstruct(string written) =>
        Diagnostics.SpellingSuggestion.Suggest(written, Constructs.Select(c => c.Name));

    /// <summary>Every CMOC, link, loop and measure that mentions <paramref name="construct"/>, by role.</summary>
    public ConstructUsages GetUsages(ConstructSymbol construct) => ConstructUsages.Find(this, construct);

    public CmocSymbol? GetCmoc(string name) => _cmocsByName.Value.GetValueOrDefault(name);

    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!SyntaxTrees.Contains(tree))
            throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));
        return new SemanticModel(this, tree, _bound.Binding);
    }

    /// <summary>
    /// Every diagnostic: syntax, bibliography, imports, binding and checks, after suppressions and
    /// the project's severities, sorted by file, position and ID.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    private ImmutableArray<Diagnostic> ComputeDiagnostics(ImmutableArray<Diagnostic> findings)
    {
        var imports = new DiagnosticBag();
        ImportGraph.Check(SyntaxTrees, _imports, imports);

        var all = SyntaxTrees.SelectMany(t => t.Diagnostics)
            .Concat(_loadDiagnostics)
            .Concat(Bibliographies.SelectMany(b => b.Diagnostics))
            .Concat(imports.ToImmutableSorted())
            .Concat(_bound.Binding.Diagnostics)
            .Concat(findings);
        return DiagnosticPipeline.Finish(all, SyntaxTrees, Options);
    }
}
