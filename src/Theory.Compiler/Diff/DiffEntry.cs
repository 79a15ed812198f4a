using System.Collections.Immutable;

namespace Theory.Diff;

/// <summary>What kind of thing a difference between two versions of a theory is about.</summary>
public enum DiffSubject
{
    Construct,
    Group,
    Cmoc,
    Link,
    /// <summary>An edge of the causal web (from one construct to another), whichever claims assert it.</summary>
    Edge,
    /// <summary>A declared feedback loop.</summary>
    Loop,
    /// <summary>A diagnostic the checks report (introduced or fixed).</summary>
    Diagnostic,
}

/// <summary>How a thing differs between the old and the new version.</summary>
public enum DiffChange
{
    Added,
    Removed,
    /// <summary>The same thing under a new name: found by ID, or by near-identical content.</summary>
    Renamed,
    Changed,
}

/// <summary>One part of a thing that changed: what, and its text before and after (null when absent).</summary>
public sealed record DiffDetail(string What, string? Old, string? New);

/// <summary>
/// One difference: a construct, CMOC, edge, loop or diagnostic added, removed, renamed or changed,
/// with its name in the old version (or the new, for an addition), its new name when renamed, and
/// the parts that changed.
/// </summary>
public sealed record DiffEntry(DiffSubject Subject, DiffChange Change, string Name, string? NewName, ImmutableArray<DiffDetail> Details);
