using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>One node of the summary view: a top-level group, or the ungrouped constructs of a stage (or of none).</summary>
internal sealed record SummaryUnit(string Id, string Title, GroupSymbol? Group, StageSymbol? Stage, List<ConstructSymbol> Constructs);

/// <summary>Which summary node each construct falls in, and the nodes in declaration order.</summary>
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

    /// <summary>The top-level group a group is nested in (itself when it is one).</summary>
    public static GroupSymbol Top(GroupSymbol group)
    {
        while (group.Parent is { } parent)
            group = parent;
        return group;
    }

    public static SummaryUnits Compute(Compilation compilation)
    {
        var stageOf = WebGraphEmitter.EarliestStages(compilation);
        var all = new List<SummaryUnit>();
        var byGroup = new Dictionary<GroupSymbol, SummaryUnit>();
        var byStage = new Dictionary<StageSymbol, SummaryUnit>();
        SummaryUnit? rest = null;
        foreach (var construct in compilation.Constructs)
        {
            var stage = stageOf.GetValueOrDefault(construct);
            SummaryUnit unit;
            if (construct.Group is { } member)
            {
                var group = Top(member);
                if (!byGroup.TryGetValue(group, out unit!))
                {
                    byGroup[group] = unit = new SummaryUnit("group:" + group.Name, WebGraphEmitter.GroupTitle(group), group, null, []);
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
