using System.Collections.Immutable;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Semantics;

namespace Theory.Analysis;

/// <summary>Which checks there are, which of them can raise an error under a project's severities, and running a set of them.</summary>
internal static class CheckRunner
{
    // Each check reads the bound theory and nothing another check writes, so they run at the same
    // time, each into its own bag; the bags are joined in this order, so the result is the same
    // on every run whatever the scheduling. The costliest checks start first.
    public static readonly Action<AnalysisContext>[] All =
    [
        OpposingPathChecks.Run, NearDuplicateChecks.Run, ContradictionChecks.Run, ConfusableNameChecks.Run, CycleChecks.Run,
        ClaimConsistencyChecks.Run, StructureChecks.Run, NameChecks.Run, MaintainedChecks.Run, NecessityChecks.Run,
        ChainChecks.Run, EvidenceChecks.Run,
    ];

    // The costliest checks (TH2303 searches paths, TH2304/TH2305 compare CMOCs pairwise, TH2014
    // compares name skeletons), none of which reports an error unless a project raises one of
    // these IDs to `error`: a host that needs only the errors (a diagram marked as drawn from an
    // invalid theory) skips them. A test keeps these lists whole.
    public static readonly (Action<AnalysisContext> Run, string[] Ids)[] Advisory =
    [
        (OpposingPathChecks.Run, [DiagnosticDescriptors.OpposingPaths.Id, DiagnosticDescriptors.LimitReached.Id]),
        (NearDuplicateChecks.Run, [DiagnosticDescriptors.ContainedCmoc.Id, DiagnosticDescriptors.MirroredClaim.Id, DiagnosticDescriptors.LimitReached.Id]),
        (ConfusableNameChecks.Run, [DiagnosticDescriptors.ConfusableNames.Id, DiagnosticDescriptors.MixedScriptName.Id]),
    ];

    /// <summary>The checks that can report an error under <paramref name="options"/>, and the rest.</summary>
    public static (Action<AnalysisContext>[] CanRaiseErrors, Action<AnalysisContext>[] Skipped) Split(CompilationOptions options)
    {
        bool RaisedToError(string id) =>
            options.SpecificDiagnosticOptions.TryGetValue(id, out var report) && report == ReportDiagnostic.Error;

        // An unused suppression (TH3004) is judged against every finding, skipped ones included.
        if (RaisedToError(DiagnosticDescriptors.UnusedSuppression.Id))
            return (All, []);
        var skipped = Advisory.Where(a => !a.Ids.Any(RaisedToError)).Select(a => a.Run).ToHashSet();
        return ([.. All.Where(c => !skipped.Contains(c))], [.. All.Where(skipped.Contains)]);
    }

    /// <summary>Runs <paramref name="checks"/> at the same time; their findings, sorted.</summary>
    public static ImmutableArray<Diagnostic> Run(BindingResult binding, CompilationOptions options, Action<AnalysisContext>[] checks)
    {
        var context = new AnalysisContext(binding, options);
        var forks = checks.Select(_ => context.Fork()).ToArray();
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, checks.Length), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        try
        {
            System.Threading.Tasks.Parallel.ForEach(order, i => checks[i](forks[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failing check surfaces as itself, as when the checks ran one after another.
            ParallelFailure.ThrowSingle(e);
        }
        foreach (var fork in forks)
            context.Diagnostics.AddRange(fork.Diagnostics);
        return context.Diagnostics.ToImmutableSorted();
    }
}
