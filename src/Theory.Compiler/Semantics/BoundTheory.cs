using System.Collections.Immutable;
using Theory.Analysis;
using Theory.Bibliography;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// A theory bound and checked: its symbols, its web and what the checks found. These depend only on
/// the files that declare something, the bibliographies and the options, never on a file that holds
/// nothing but imports; so theories that differ only by such files (2,000 loose files that each
/// import one shared file) share one, and the shared file is bound and checked once, not once per
/// importer. Import problems, suppressions and severities stay with each compilation.
/// </summary>
internal sealed class BoundTheory
{
    // Each check reads the bound theory and nothing another check writes, so they run at the same
    // time, each into its own bag; the bags are joined in this order, so the result is the same
    // on every run whatever the scheduling. The costliest checks start first.
    private static readonly Action<AnalysisContext>[] Checks =
    [
        OpposingPathChecks.Run, NearDuplicateChecks.Run, ContradictionChecks.Run, ConfusableNameChecks.Run, CycleChecks.Run,
        ClaimConsistencyChecks.Run, StructureChecks.Run, NameChecks.Run, MaintainedChecks.Run, NecessityChecks.Run,
        ChainChecks.Run, EvidenceChecks.Run,
    ];

    private readonly Lazy<ImmutableArray<Diagnostic>> _findings;

    public BoundTheory(IEnumerable<SyntaxTree> trees, IReadOnlyList<BibliographyFile> bibliographies, CompilationOptions options)
    {
        Binding = Binder.Bind([.. trees.Where(Declares)], bibliographies);
        _findings = new Lazy<ImmutableArray<Diagnostic>>(() => RunChecks(options));
    }

    public BindingResult Binding { get; }

    /// <summary>What the checks found, sorted, before suppressions and severities; computed on first use.</summary>
    public ImmutableArray<Diagnostic> Findings => _findings.Value;

    /// <summary>False for a file whose declarations are all imports: it adds nothing to bind or check.</summary>
    public static bool Declares(SyntaxTree tree) => !tree.Root.Declarations.All(d => d is ImportDeclarationSyntax);

    private ImmutableArray<Diagnostic> RunChecks(CompilationOptions options)
    {
        var context = new AnalysisContext(Binding, options);
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
        return context.Diagnostics.ToImmutableSorted();
    }
}
