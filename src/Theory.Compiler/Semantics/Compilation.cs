using System.Collections.Immutable;
using Theory.Analysis;
using Theory.Bibliography;
using Theory.Binding;
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
    private readonly BindingResult _binding;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<Dictionary<string, CmocSymbol>> _cmocsByName;

    private readonly ImmutableArray<Diagnostic> _loadDiagnostics;
    private readonly ImportResolver _imports;

    private Compilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<BibliographyFile> bibliographies, CompilationOptions options, ImmutableArray<Diagnostic> loadDiagnostics, ImportResolver? imports)
    {
        _loadDiagnostics = loadDiagnostics;
        _imports = imports ?? ImportGraph.ByFilePath(trees, options);
        SyntaxTrees = trees;
        Bibliographies = bibliographies;
        Options = options;
        _binding = Binder.Bind(trees, bibliographies);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
        _cmocsByName = new Lazy<Dictionary<string, CmocSymbol>>(() => _binding.Cmocs.ToDictionary(c => c.Name, StringComparer.Ordinal));
    }

    /// <summary>
    /// A compilation of trees made by the caller. Imports resolve by file path (relative to the
    /// importing tree's path) among the given trees; a workspace resolves them from what it read.
    /// </summary>
    public static Compilation Create(IEnumerable<SyntaxTree> syntaxTrees, IEnumerable<BibliographyFile>? bibliographies = null, CompilationOptions? options = null) =>
        new([.. syntaxTrees], [.. bibliographies ?? []], options ?? CompilationOptions.Default, [], null);

    /// <summary>
    /// For the workspace: the trees and bibliographies it read, how each import resolved, and the
    /// problems found reading the project (theory.json, bibliographies), which join the compilation's own.
    /// </summary>
    internal static Compilation Create(ImmutableArray<SyntaxTree> syntaxTrees, ImmutableArray<BibliographyFile> bibliographies, CompilationOptions options,
        ImmutableArray<Diagnostic> loadDiagnostics, ImportResolver imports) =>
        new(syntaxTrees, bibliographies, options, loadDiagnostics, imports);

    /// <summary>True when any diagnostic, after suppressions and the project's severities, is an error.</summary>
    public bool HasErrors => GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public ImmutableArray<BibliographyFile> Bibliographies { get; }

    public CompilationOptions Options { get; }

    /// <summary>The `theory` header, if some file declares one.</summary>
    public TheorySymbol? Theory => _binding.Theory;

    public ImmutableArray<ConstructSymbol> Constructs => _binding.Constructs;

    public ImmutableArray<CmocSymbol> Cmocs => _binding.Cmocs;

    public ImmutableArray<LinkSymbol> Links => _binding.Links;

    public ImmutableArray<GroupSymbol> Groups => _binding.Groups;

    /// <summary>Declared stages in order, after the built-in `atemporal`.</summary>
    public ImmutableArray<StageSymbol> Stages => _binding.Stages;

    public ImmutableArray<TypologySymbol> Typologies => _binding.Typologies;

    public ImmutableArray<ChainSymbol> Chains => _binding.Chains;

    public ImmutableArray<FeedbackLoopSymbol> FeedbackLoops => _binding.FeedbackLoops;

    public ImmutableArray<MeasureSymbol> Measures => _binding.Measures;

    /// <summary>Bibliography entries, in file order.</summary>
    public ImmutableArray<SourceSymbol> Sources => _binding.Sources;

    /// <summary>The signed graph of constructs the claims assert.</summary>
    public CausalWeb Web => _binding.Web;

    /// <summary>A construct by name, alias or label, the way a reference in a theory file resolves.</summary>
    public ConstructSymbol? GetConstruct(string nameAliasOrLabel) => _binding.LookupConstruct(nameAliasOrLabel);

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
        return new SemanticModel(this, tree, _binding);
    }

    /// <summary>
    /// Every diagnostic: syntax, bibliography, imports, binding and checks, after suppressions and
    /// the project's severities, sorted by file, position and ID.
    /// </summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    // Each check reads the bound theory and nothing another check writes, so they run at the same
    // time, each into its own bag; the bags are joined in this order, so the result is the same
    // on every run whatever the scheduling. The costliest checks start first.
    private static readonly Action<AnalysisContext>[] Checks =
    [
        OpposingPathChecks.Run, NearDuplicateChecks.Run, ContradictionChecks.Run, ConfusableNameChecks.Run, CycleChecks.Run,
        ClaimConsistencyChecks.Run, StructureChecks.Run, NameChecks.Run, MaintainedChecks.Run, NecessityChecks.Run,
        ChainChecks.Run, EvidenceChecks.Run,
    ];

    private AnalysisContext RunChecks()
    {
        var context = new AnalysisContext(_binding, Options);
        var forks = Checks.Select(_ => context.Fork()).ToArray();
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, Checks.Length), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        try
        {
            System.Threading.Tasks.Parallel.ForEach(order, i => Checks[i](forks[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failing check surfaces as itself, as when the checks ran one after another.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        foreach (var fork in forks)
            context.Diagnostics.AddRange(fork.Diagnostics);
        return context;
    }

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var imports = new DiagnosticBag();
        ImportGraph.Check(SyntaxTrees, _imports, imports);

        var context = RunChecks();

        var all = SyntaxTrees.SelectMany(t => t.Diagnostics)
            .Concat(_loadDiagnostics)
            .Concat(Bibliographies.SelectMany(b => b.Diagnostics))
            .Concat(imports.ToImmutableSorted())
            .Concat(_binding.Diagnostics)
            .Concat(context.Diagnostics.ToImmutableSorted());
        return DiagnosticPipeline.Finish(all, SyntaxTrees, Options);
    }
}
