using System.Collections.Immutable;
using Theory.Semantics;

namespace Theory.Diff;

/// <summary>
/// A semantic diff of two versions of a theory: the constructs, groups, CMOCs and links added,
/// removed, renamed or changed; the edges of the causal web whose sign changed; the feedback loops
/// gained or lost; and the diagnostics introduced or fixed. It compares meaning, not text: a CMOC
/// rewritten from block to one-line form is unchanged, and a construct renamed everywhere is one
/// rename, not a hundred changes. The audit trail of a theory's refinement, between phases or
/// commits.
/// </summary>
public sealed class TheoryDiff
{
    private TheoryDiff(string oldName, string newName, TheoryShape oldShape, TheoryShape newShape, ImmutableArray<DiffEntry> entries)
    {
        OldName = oldName;
        NewName = newName;
        OldShape = oldShape;
        NewShape = newShape;
        Entries = entries;
    }

    /// <summary>The old theory's name (or its file's, when it declares none).</summary>
    public string OldName { get; }

    public string NewName { get; }

    public TheoryShape OldShape { get; }

    public TheoryShape NewShape { get; }

    /// <summary>Every difference, by subject (constructs first, diagnostics last), then by name.</summary>
    public ImmutableArray<DiffEntry> Entries { get; }

    public bool IsEmpty => Entries.IsEmpty;

    public static TheoryDiff Compare(Compilation oldTheory, Compilation newTheory)
    {
        if (oldTheory is null)
            throw new ArgumentNullException(nameof(oldTheory));
        if (newTheory is null)
            throw new ArgumentNullException(nameof(newTheory));
        var entries = new TheoryComparer(oldTheory, newTheory).Compare();
        return new TheoryDiff(NameOf(oldTheory), NameOf(newTheory), TheoryShape.Of(oldTheory), TheoryShape.Of(newTheory),
            [.. entries.OrderBy(e => e.Subject).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Change)]);
    }

    private static string NameOf(Compilation compilation) => Emit.ArtifactEmitter.NameOf(compilation);
}
