using System.Runtime.ExceptionServices;

namespace Theory;

/// <summary>
/// A parallel loop wraps what its body throws in an <see cref="AggregateException"/>. Where work
/// is shared among the cores only for speed (binding a large theory in runs, the checks, the
/// opposing-path search in pieces), a single failure is thrown again as itself, with its own stack
/// trace, as when the work ran on one thread.
/// </summary>
internal static class ParallelFailure
{
    /// <summary>Throws the one exception <paramref name="wrapped"/> holds; use it in <c>catch (AggregateException e) when (e.InnerExceptions.Count == 1)</c>.</summary>
    public static void ThrowSingle(AggregateException wrapped) => ExceptionDispatchInfo.Capture(wrapped.InnerExceptions[0]).Throw();
}
