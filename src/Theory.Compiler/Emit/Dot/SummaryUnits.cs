using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>One node of the summary view: a top-level group, or the ungrouped constructs of a stage (or of none).</summary>
internal sealed record SummaryUnit(string Id, string Title, GroupSymbol? Group, StageSymbol? Stage, List<ConstructSymbol> Constructs);

/// <summary>
/// Which summary node each construct falls in — the top-level group it is declared in, else the
/// one whose claims mention it most, else its stage, else "other" — and the nodes in order.
/// </summary>
internal sealed class SummaryUnits
{
    private SummaryUnits(List<SummaryUnit> all)
    {
        All = all;
        Of = all.SelectMany(u => u.Constructs.Select(c => (c, u))).ToDictionary(p => p.c, p => p.u);
        OfGroup = all.Where(u => u.Group is not null).ToDictionary(u => u.Group!, u => u);
    }

    public List<SummaryUnit> All { get; }

    /// <summary>The box each construct is in.</summary>
    public Dictionary<ConstructSymbol, SummaryUnit> Of { get; }

    /// <summary>The box of each top-level group that holds a construct.</summary>
    public Dictionary<GroupSymbol, SummaryUnit> OfGroup { get; }

    /// <summary>
    /// Where a construct declared outside every group goes: the top-level group whose claims
    /// mention it most (the first declared on a tie). Theories often group their CMOCs (an mrt
    /// per middle-range theory) and declare the constructs once, at the top of a file.
    /// </summary>
    private static Dictionary<ConstructSymbol, GroupSymbol> ClaimGroups(Compilation compilation)
    {
        var order = compilation.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        var votes = new Dictionary<ConstructSymbol, Dictionary<GroupSymbol, int>>();
        foreach (var claim in compilation.Cmocs.Cast<ClaimSymbol>().Concat(compilation.Links))
        {
            if (claim.Status == ClaimStatus.Refuted || claim.Group is not { } member)
                continue;
            var group = member.Root;
            foreach (var construct in claim.Terms.Select(t => t.Construct).OfType<ConstructSymbol>().Distinct())
            {
                if (!votes.TryGetValue(construct, out var tally))
                    votes[construct] = tally = [];
                tally[group] = tally.GetValueOrDefault(group) + 1;
            }
        }

        return votes.ToDictionary(v => v.Key, v => v.Value.OrderByDescending(p => p.Value).ThenBy(p => order[p.Key]).First().Key);
    }

    public static SummaryUnits Compute(Compilation compilation)
    {
        var stageOf = ConstructStages.Earliest(compilation);
        var all = new List<SummaryUnit>();
        var byGroup = new Dictionary<GroupSymbol, SummaryUnit>();
        var byStage = new Dictionary<StageSymbol, SummaryUnit>();
        SummaryUnit? rest = null;
        var claimedBy = ClaimGroups(compilation);
        foreach (var construct in compilation.Constructs)
        {
            var stage = stageOf.GetValueOrDefault(construct);
            SummaryUnit unit;
            if ((construct.Group is { } member ? member.Root : claimedBy.GetValueOrDefault(construct)) is { } group)
            {
                if (!byGroup.TryGetValue(group, out unit!))
                {
                    byGroup[group] = unit = new SummaryUnit("group:" + group.Name, GroupTitles.Of(group), group, null, []);
                    all.Add(unit);
                }
            }
            else if (stage is not null)
            {
                if (!byStage.TryGetValue(stage, out unit!))
                {
                    byStage[stage] = unit = new SummaryUnit("stage:" + stage.Name, stage.DisplayName + ": other constructs", null, stage, []);
                    all.Add(unit);
                }
            }
            else
            {
                if (rest is null)
                {
                    rest = new SummaryUnit("other", "Other constructs", null, null, []);
                    all.Add(rest);
                }

                unit = rest;
            }

            unit.Constructs.Add(construct);
        }

        // A box holding one construct outside any group is that construct, named by its label
        // (often the programme's final outcome, which no theme claims).
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Group is null && all[i].Constructs.Count == 1)
            {
                all[i] = all[i] with { Title = all[i].Constructs[0].DisplayName };
            }
        }

        // A group sits in the earliest stage any of its constructs is in, so stages still read in order.
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Group is null)
                continue;
            var earliest = all[i].Constructs.Select(c => stageOf.GetValueOrDefault(c)).OfType<StageSymbol>().OrderBy(s => s.Order).FirstOrDefault();
            if (earliest is null)
                continue;
            all[i] = all[i] with { Stage = earliest };
        }

        return new SummaryUnits(all);
    }
}
