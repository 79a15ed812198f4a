using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// Where a claim holds: its `when`/`unless` conditions, its `for` scope and its stage. The
/// unconditional circumstance (no parts) is the base web; a conditional claim adds to the web of
/// its own circumstance and never changes the base web. Two circumstances combine when they can
/// hold at once: not `when x` with `unless x`, not two levels of one condition, not two types of
/// one typology, not two stages.
/// </summary>
public sealed class Circumstance : IEquatable<Circumstance>
{
    private readonly ImmutableArray<Part> _parts;

    private Circumstance(ImmutableArray<Part> parts)
    {
        _parts = parts;
        Text = string.Join("; ", parts.Select(p => p.Text));
    }

    /// <summary>No condition, scope or stage: what the theory claims everywhere.</summary>
    public static Circumstance Unconditional { get; } = new([]);

    public bool IsUnconditional => _parts.IsEmpty;

    /// <summary>Each condition, scope and stage as written (`when high conflict`, `for CollaborationType.merger`, `stage early`), in ordinal order.</summary>
    public ImmutableArray<string> Parts => [.. _parts.Select(p => p.Text)];

    /// <summary>True when the circumstance carries a condition or a scope, not only a stage.</summary>
    public bool IsRestricted => _parts.Any(p => p.Kind != PartKind.Stage);

    /// <summary>The parts joined with "; ", empty when unconditional.</summary>
    public string Text { get; }

    /// <summary>The circumstance of a claim: its conditions, scope and (unless atemporal) stage.</summary>
    public static Circumstance Of(ClaimSymbol claim)
    {
        if (claim.Conditions.IsEmpty && claim.Scope.IsEmpty && claim.Stage is null or { IsAtemporal: true })
            return Unconditional;
        var parts = new List<Part>();
        foreach (var condition in claim.Conditions)
            parts.Add(new Part(condition.IsUnless ? PartKind.Unless : PartKind.When, condition.Term.Construct?.Name ?? condition.Term.WrittenName,
                condition.Term.Qualifier.ToText(), condition.ToString()));
        // A scope that lists several types of one typology means any of them: one part per typology.
        foreach (var typology in claim.Scope.GroupBy(t => t.Typology.Name, StringComparer.Ordinal))
        {
            var types = typology.Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            parts.Add(new Part(PartKind.For, typology.Key, string.Join(",", types), "for " + string.Join(", ", types.Select(t => typology.Key + "." + t))));
        }

        if (claim.Stage is { IsAtemporal: false } stage)
            parts.Add(new Part(PartKind.Stage, "", stage.Name, "stage " + stage.Name));
        return Create(parts);
    }

    private static Circumstance Create(IEnumerable<Part> parts) =>
        new([.. parts.GroupBy(p => p.Text, StringComparer.Ordinal).Select(g => g.First()).OrderBy(p => p.Text, StringComparer.Ordinal)]);

    /// <summary>True when every part of <paramref name="other"/> is a part of this one: a claim made there also holds here.</summary>
    public bool Includes(Circumstance other)
    {
        if (other._parts.Length > _parts.Length)
            return false;
        var i = 0;
        foreach (var part in other._parts)
        {
            while (i < _parts.Length && string.CompareOrdinal(_parts[i].Text, part.Text) < 0)
                i++;
            if (i == _parts.Length || !string.Equals(_parts[i].Text, part.Text, StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    /// <summary>True when nothing in the circumstance rules out another part of it (`when high x` with `unless high x`).</summary>
    public bool IsSatisfiable => IsConsistent(_parts, []);

    /// <summary>Both circumstances at once, or null when they cannot hold together.</summary>
    public Circumstance? CombineWith(Circumstance other)
    {
        if (other.IsUnconditional || Includes(other))
            return this;
        if (IsUnconditional || other.Includes(this))
            return other;
        return IsConsistent(_parts, other._parts) ? Create(_parts.Concat(other._parts)) : null;
    }

    private static bool IsConsistent(ImmutableArray<Part> left, ImmutableArray<Part> right)
    {
        var all = left.Concat(right).ToList();
        for (var i = 0; i < all.Count; i++)
            for (var j = i + 1; j < all.Count; j++)
                if (Excludes(all[i], all[j]))
                    return false;
        return true;
    }

    private static bool Excludes(Part a, Part b)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal) || !string.Equals(a.Subject, b.Subject, StringComparison.Ordinal))
            return false;
        return (a.Kind, b.Kind) switch
        {
            (PartKind.Stage, PartKind.Stage) => true,
            (PartKind.For, PartKind.For) => !a.Value.Split(',').Intersect(b.Value.Split(','), StringComparer.Ordinal).Any(),
            // `when high x` rules out `when low x`; `when x` (wherever x is present) rules out neither.
            (PartKind.When, PartKind.When) => a.Value.Length > 0 && b.Value.Length > 0,
            (PartKind.When, PartKind.Unless) or (PartKind.Unless, PartKind.When) => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
            _ => false,
        };
    }

    public bool Equals(Circumstance? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Circumstance);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => IsUnconditional ? "unconditional" : Text;

    private enum PartKind
    {
        When,
        Unless,
        For,
        Stage,
    }

    /// <summary>One condition, scope or stage: what it is about (a construct, a typology) and its value (a level, a type).</summary>
    private readonly record struct Part(PartKind Kind, string Subject, string Value, string Text);
}
