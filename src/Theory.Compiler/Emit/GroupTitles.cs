using Theory.Symbols;

namespace Theory.Emit;

/// <summary>A group's title as every output shows it: diagrams, the report, the appendix, GraphML.</summary>
internal static class GroupTitles
{
    /// <summary>
    /// Its label, or "Theme: Name" when the label does not already say what the group is
    /// (`theme t3 "Theme 3: Trust"` reads "Theme 3: Trust", `cluster p "Power"` "Cluster: Power").
    /// </summary>
    public static string Of(GroupSymbol group)
    {
        var word = group.GroupKind switch
        {
            GroupKind.MiddleRangeTheory => "Middle-range theory",
            GroupKind.Criterion => "Criterion",
            GroupKind.Cluster => "Cluster",
            _ => "Theme",
        };
        var name = group.DisplayName;
        if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) || name.StartsWith(group.GroupKind.ToKeyword(), StringComparison.OrdinalIgnoreCase))
            return name;
        return word + ": " + name;
    }
}
