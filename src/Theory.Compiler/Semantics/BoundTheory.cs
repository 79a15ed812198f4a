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

    // The costliest checks (TH2303 searches paths, TH2304/TH2305 compare CMOCs pairwise, TH2014
    // compares name skeletons), none of which reports an error unless a project raises one of
    // these IDs to `error`: a host that needs only the errors (a diagram marked as drawn from an
    // invalid theory) skips them. A test keeps these lists whole.
    internal static readonly (Action<AnalysisContext> Run, string[] Ids)[] Advisory =
    [
        (OpposingPathChecks.Run, [DiagnosticDescriptors.OpposingPaths.Id, DiagnosticDescriptors.LimitReached.Id]),
        (NearDuplicateChecks.Run, [DiagnosticDescriptors.ContainedCmoc.Id, DiagnosticDescriptors.MirroredClaim.Id, DiagnosticDescriptors.LimitReached.Id]),
        (ConfusableNameChecks.Run, [DiagnosticDescriptors.ConfusableNames.Id, DiagnosticDescriptors.MixedScriptName.Id]),
    ];

    private readonly CompilationOptions _options;
    private readonly Lazy<ImmutableArray<Diagnostic>> _findings;
    private readonly Lazy<ImmutableArray<Diagnostic>> _errorFindings;

    public BoundTheory(IEnumerable<SyntaxTree> trees, IReadOnlyList<BibliographyFile> bibliographies, CompilationOptions options)
    {
        Binding = Binder.Bind([.. trees.Where(Declares)], bibliographies);
        _options = options;
        _findings = new Lazy<ImmutableArray<Diagnostic>>(AllFindings);
        _errorFindings = new Lazy<ImmutableArray<Diagnostic>>(() => _findings.IsValueCreated ? _findings.Value : RunChecks(Split().CanRaiseErrors));
    }

    // After the errors alone, the full run only adds the checks skipped then: the order is total
    // (DiagnosticOrder), so the findings are the same as from one run of every check.
    private ImmutableArray<Diagnostic> AllFindings()
    {
        if (!_errorFindings.IsValueCreated || Split().Skipped.Length == 0)
            return RunChecks(Checks);
        return [.. _errorFindings.Value.Concat(RunChecks(Split().Skipped)).Order(DiagnosticOrder.Instance)];
    }

    public BindingResult Binding { get; }

    /// <summary>What the checks found, sorted, before suppressions and severities; computed on first use.</summary>
    public ImmutableArray<Diagnostic> Findings => _findings.Value;

    /// <summary>
    /// What the checks that can report an error under these options found: every error in
    /// <see cref="Findings"/> is among them, and the advisory checks are skipped.
    /// </summary>
    public ImmutableArray<Diagnostic> ErrorFindings => _findings.IsValueCreated ? _findings.Value : _errorFindings.Value;

    private (Action<AnalysisContext>[] CanRaiseErrors, Action<AnalysisContext>[] Skipped) Split()
    {
        bool RaisedToError(string id) =>
            _options.SpecificDiagnosticOptions.TryGetValue(id, out var report) && report == ReportDiagnostic.Error;

        // An unused suppression (TH3004) is judged against every finding, skipped ones included.
        if (RaisedToError(DiagnosticDescriptors.UnusedSuppression.Id))
            return (Checks, []);
        var skipped = Advisory.Where(a => !a.Ids.Any(RaisedToError)).Select(a => a.Run).ToHashSet();
        return ([.. Checks.Where(c => !skipped.Contains(c))], [.. Checks.Where(skipped.Contains)]);
    }

    /// <summary>False for a file whose declarations are all imports: it adds nothing to bind or check.</summary>
    public static bool Declares(SyntaxTree tree) => !tree.Root.Declarations.All(d => d is ImportDeclarationSyntax);

    private ImmutableArray<Diagnostic> RunChecks(Action<AnalysisContext>[] checks)
    {
        var context = new AnalysisContext(Binding, _options);
        var forks = checks.Select(_ => context.Fork()).ToArray();
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, checks.Length), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        try
        {
            System.Threading.Tasks.Parallel.ForEach(order, i => checks[i](forks[i]));
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
