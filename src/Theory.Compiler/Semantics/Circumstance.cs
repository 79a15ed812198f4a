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
        foreach (var part in parts)
            IsRestricted |= part.Kind != PartKind.Stage;
    }

    /// <summary>No condition, scope or stage: what the theory claims everywhere.</summary>
    public static Circumstance Unconditional { get; } = new([]);

    public bool IsUnconditional => _parts.IsEmpty;

    /// <summary>Each condition, scope and stage as written (`when high conflict`, `for CollaborationType.merger`, `stage early`), in ordinal order.</summary>
    public ImmutableArray<string> Parts => [.. _parts.Select(p => p.Text)];

    /// <summary>True when the circumstance carries a condition or a scope, not only a stage.</summary>
    public bool IsRestricted { get; }

    /// <summary>The parts joined with "; ", empty when unconditional.</summary>
    public string Text { get; }

    /// <summary>The circumstance of a claim: its conditions, scope and (unless atemporal) stage.</summary>
    public static Circumstance Of(ClaimSymbol claim)
    {
        if (claim.Conditions.IsEmpty && claim.Scope.IsEmpty && claim.Stage is null or { IsAtemporal: true })
            return Unconditional;
        var parts = new List<Part>();
        foreach (var condition in claim.Conditions)
            parts.Add(Part.Condition(condition.IsUnless, condition.Term.Construct?.Name ?? condition.Term.WrittenName, condition.Term.Qualifier, condition.Term.ToString()));
        parts.AddRange(Part.Scope(claim.Scope));
        if (claim.Stage is { IsAtemporal: false } stage)
            parts.Add(Part.Stage(stage));
        return Create(parts);
    }

    /// <summary>
    /// This circumstance with the claim's contexts added as conditions: a CMOC holds only where
    /// its contexts hold, so `context high conflict` with `unless high conflict` holds nowhere.
    /// </summary>
    internal Circumstance WithContexts(IEnumerable<Term> contexts) =>
        Create(_parts.Concat(contexts.Where(t => t.Construct is not null)
            .Select(t => Part.Condition(unless: false, t.Construct!.Name, t.Qualifier, t.ToString()))));

    /// <summary>
    /// Reads a circumstance written the way <see cref="Text"/> shows one (`when high conflict;
    /// for CollaborationType.merger; stage early`), resolving names in the compilation, so a
    /// question can be asked of the web of a circumstance. Null, with the reason, when a part
    /// does not read or names nothing.
    /// </summary>
    public static Circumstance? Parse(Compilation compilation, string text, out string? error)
    {
        error = null;
        var parts = new List<Part>();
        foreach (var raw in text.Split(';'))
        {
            var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            var rest = words.Skip(1).ToList();
            switch (words[0])
            {
                case "when" or "unless" when rest.Count > 0:
                    var qualifier = Vocabulary.Qualifiers.TryGetValue(rest[0], out var q) && rest.Count > 1 ? q : Qualifier.None;
                    var name = string.Join(" ", qualifier == Qualifier.None ? rest : rest.Skip(1));
                    if (compilation.GetConstruct(name) is not { } construct)
                    {
                        error = $"no construct `{name}` (in `{raw.Trim()}`)";
                        return null;
                    }

                    var term = (qualifier == Qualifier.None ? "" : qualifier.ToText() + " ") + construct.Name;
                    parts.Add(Part.Condition(unless: words[0] == "unless", construct.Name, qualifier, term));
                    break;
                case "for" when rest.Count > 0:
                    var types = new List<TypeSymbol>();
                    foreach (var written in string.Join(" ", rest).Split(',').Select(t => t.Trim()).Where(t => t.Length > 0))
                    {
                        var matches = compilation.Typologies.SelectMany(t => t.Types)
                            .Where(t => t.QualifiedName == written || t.Name == written).ToList();
                        if (matches.Count != 1)
                        {
                            error = matches.Count == 0 ? $"no type `{written}` in any typology" : $"`{written}` is a type of several typologies: write `Typology.{written}`";
                            return null;
                        }

                        types.Add(matches[0]);
                    }

                    parts.AddRange(Part.Scope(types));
                    break;
                case "stage" when rest.Count == 1:
                    if (compilation.Stages.FirstOrDefault(s => s.Name == rest[0]) is not { } stage)
                    {
                        error = $"no stage `{rest[0]}`";
                        return null;
                    }

                    if (!stage.IsAtemporal)
                        parts.Add(Part.Stage(stage));
                    break;
                default:
                    error = $"`{raw.Trim()}` is not a circumstance: write `when TERM`, `unless TERM`, `for TYPE` or `stage NAME`";
                    return null;
            }
        }

        var circumstance = Create(parts);
        if (!circumstance.IsSatisfiable)
        {
            error = $"`{circumstance.Text}` cannot hold: its parts exclude each other";
            return null;
        }

        return circumstance;
    }

    // Parts in ordinal order of their text, each once. Searches combine circumstances millions of
    // times on a large web, so this sorts an array rather than running a LINQ pipeline.
    private static Circumstance Create(IEnumerable<Part> parts) => Create(parts.ToArray());

    // Sorts the array it is given: callers pass one of their own.
    private static Circumstance Create(Part[] sorted)
    {
        if (sorted.Length == 0)
            return Unconditional;
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        var distinct = ImmutableArray.CreateBuilder<Part>(sorted.Length);
        foreach (var part in sorted)
            if (distinct.Count == 0 || !string.Equals(distinct[^1].Text, part.Text, StringComparison.Ordinal))
                distinct.Add(part);
        return new(distinct.Count == distinct.Capacity ? distinct.MoveToImmutable() : distinct.ToImmutable());
    }

    /// <summary>
    /// True when every part of <paramref name="other"/> holds wherever this one does: a claim made
    /// there also holds here. A scope holds where a narrower scope of its typology does (`for
    /// merger, acquisition` holds `for merger`).
    /// </summary>
    public bool Includes(Circumstance other)
    {
        if (other._parts.IsEmpty || ReferenceEquals(this, other))
            return true;
        foreach (var part in other._parts)
        {
            var held = false;
            foreach (var mine in _parts)
            {
                if (string.Equals(mine.Text, part.Text, StringComparison.Ordinal)
                    || (mine.Kind == PartKind.For && part.Kind == PartKind.For && string.Equals(mine.Subject, part.Subject, StringComparison.Ordinal)
                        && IsSubset(mine.Types, part.Types)))
                {
                    held = true;
                    break;
                }
            }

            if (!held)
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
        if (!IsConsistent(_parts, other._parts))
            return null;
        var both = new Part[_parts.Length + other._parts.Length];
        _parts.CopyTo(both);
        other._parts.CopyTo(both, _parts.Length);
        return Create(both);
    }

    private static bool IsConsistent(ImmutableArray<Part> left, ImmutableArray<Part> right)
    {
        var count = left.Length + right.Length;
        for (var i = 0; i < count; i++)
            for (var j = i + 1; j < count; j++)
                if (Excludes(i < left.Length ? left[i] : right[i - left.Length], j < left.Length ? left[j] : right[j - left.Length]))
                    return false;
        return true;
    }

    private static bool IsSubset(string[] subset, string[] of)
    {
        foreach (var item in subset)
            if (Array.IndexOf(of, item) < 0)
                return false;
        return true;
    }

    private static bool ShareAny(string[] a, string[] b)
    {
        foreach (var item in a)
            if (Array.IndexOf(b, item) >= 0)
                return true;
        return false;
    }

    private static bool Excludes(Part a, Part b)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal) || !string.Equals(a.Subject, b.Subject, StringComparison.Ordinal))
            return false;
        return (a.Kind, b.Kind) switch
        {
            (PartKind.Stage, PartKind.Stage) => true,
            (PartKind.For, PartKind.For) => !ShareAny(a.Types, b.Types),
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
    private readonly record struct Part(PartKind Kind, string Subject, string Value, string Text)
    {
        /// <summary>The types of a scope (the names in <see cref="Value"/>), split once; empty for other parts.</summary>
        public string[] Types { get; init; } = [];

        /// <summary>`when high conflict` or `unless high conflict`: about the construct, with its level.</summary>
        public static Part Condition(bool unless, string construct, Qualifier qualifier, string term) =>
            new(unless ? PartKind.Unless : PartKind.When, construct, qualifier.ToText(), (unless ? "unless " : "when ") + term);

        /// <summary>A scope that lists several types of one typology means any of them: one part per typology.</summary>
        public static IEnumerable<Part> Scope(IEnumerable<TypeSymbol> types) =>
            types.GroupBy(t => t.Typology.Name, StringComparer.Ordinal).Select(typology =>
            {
                var names = typology.Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new Part(PartKind.For, typology.Key, string.Join(",", names), "for " + string.Join(", ", names.Select(t => typology.Key + "." + t))) { Types = [.. names] };
            });

        public static Part Stage(StageSymbol stage) => new(PartKind.Stage, "", stage.Name, "stage " + stage.Name);
    }
}
