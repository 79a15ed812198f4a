using System.Collections.Immutable;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Diff;

/// <summary>
/// A theory's size as refinement tables report it (Millar et al. 2023: "11 contexts, 17
/// mechanisms" refined to "4 contexts, 5 clusters of 12 mechanisms"): the distinct constructs
/// that serve as contexts, mechanisms and outcomes, the CMOCs and links, and the groups by kind.
/// </summary>
public sealed record TheoryShape(int Contexts, int Mechanisms, int Outcomes, int Cmocs, int Links, ImmutableArray<GroupCount> Groups)
{
    public static TheoryShape Of(Compilation compilation)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        static int Distinct(IEnumerable<Term> terms) => terms.Select(t => t.Construct?.Name ?? t.WrittenName).Distinct(StringComparer.Ordinal).Count();
        var cmocs = compilation.Cmocs;
        var groups = compilation.Groups.Where(g => cmocs.Any(c => c.Group == g))
            .GroupBy(g => g.GroupKind)
            .OrderBy(g => g.Key)
            .Select(g => new GroupCount(g.Key, g.Count(), Distinct(cmocs.Where(c => c.Group is { } group && g.Contains(group)).SelectMany(c => c.Mechanisms))))
            .ToImmutableArray();
        return new TheoryShape(
            Distinct(cmocs.SelectMany(c => c.Contexts)),
            Distinct(cmocs.SelectMany(c => c.Mechanisms)),
            Distinct(cmocs.SelectMany(c => c.Outcomes)),
            cmocs.Length,
            compilation.Links.Length,
            groups);
    }

    /// <summary>`4 contexts, 5 clusters of 12 mechanisms, 9 outcomes; 20 CMOCs`.</summary>
    public override string ToString()
    {
        var parts = new List<string> { Count(Contexts, "context") };
        var grouped = Groups.FirstOrDefault(g => g.Kind is GroupKind.Cluster or GroupKind.MiddleRangeTheory);
        parts.Add(grouped is null
            ? Count(Mechanisms, "mechanism")
            : $"{Count(grouped.Groups, grouped.Kind == GroupKind.Cluster ? "cluster" : "middle-range theory", grouped.Kind == GroupKind.Cluster ? "clusters" : "middle-range theories")} of {Count(grouped.Mechanisms, "mechanism")}");
        parts.Add(Count(Outcomes, "outcome"));
        var claims = Count(Cmocs, "CMOC") + (Links > 0 ? ", " + Count(Links, "link") : "");
        return string.Join(", ", parts) + "; " + claims;
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}

/// <summary>How many groups of one kind hold CMOCs, and the distinct mechanisms of those CMOCs.</summary>
public sealed record GroupCount(GroupKind Kind, int Groups, int Mechanisms);
