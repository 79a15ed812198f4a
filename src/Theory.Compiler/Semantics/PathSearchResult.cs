using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// The answer to "how does one construct affect another?", with every bound it met stated: which
/// paths are listed, how many were found in all, whether the search finished, and the net effect
/// over every path found (not only the listed ones).
/// </summary>
public sealed class PathSearchResult
{
    internal PathSearchResult(ImmutableArray<CausalPath> paths, int pathCount, ImmutableArray<Sign> signs, bool isComplete, Circumstance circumstance,
        ImmutableArray<Circumstance> otherCircumstances)
    {
        OtherCircumstances = otherCircumstances;
        Paths = paths;
        PathCount = pathCount;
        Signs = signs;
        IsComplete = isComplete;
        Circumstance = circumstance;
    }

    /// <summary>The paths listed, shortest first, at most the number asked for.</summary>
    public ImmutableArray<CausalPath> Paths { get; }

    /// <summary>Every path found within the length bound, listed or only counted.</summary>
    public int PathCount { get; }

    /// <summary>The net signs of all the paths found, in the order +, −, ?.</summary>
    public ImmutableArray<Sign> Signs { get; }

    /// <summary>
    /// False when the search stopped at its step budget: there may be more paths, of other signs,
    /// or (when none was found) a path after all.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The steps a search may take before it stops (docs/security.md, `QueryPathSteps`).</summary>
    public int StepLimit => Limits.QueryPathSteps;

    /// <summary>True when paths were found beyond those listed.</summary>
    public bool IsTruncated => PathCount > Paths.Length;

    /// <summary>The web the question was asked of: unconditional for the base web.</summary>
    public Circumstance Circumstance { get; }

    /// <summary>
    /// Circumstances whose claims add edges on the way from one construct to the other that the
    /// web asked about leaves out: asking under one of them may find more paths.
    /// </summary>
    public ImmutableArray<Circumstance> OtherCircumstances { get; }

    /// <summary>What every path found says together.</summary>
    public NetEffect NetEffect => NetEffects.OfSigns(Signs);
}
