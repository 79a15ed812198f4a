using System.Globalization;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// Stages drawn as ordered columns (rows, top to bottom): a dashed cluster per stage, numbered in
/// declared order, each with an invisible anchor; anchors chain in order, and every member of a
/// stage ranks after its stage's anchor and before the next one's, so no stage can slide beside or
/// ahead of an earlier one whatever order the file declares things in. The web and the summary
/// share it.
/// </summary>
internal static class StageRanks
{
    /// <summary>
    /// Opens the cluster of the <paramref name="index"/>th stage drawn, titled with its place among
    /// all the stages (<paramref name="number"/>, from 1), with its anchor; the caller writes its
    /// members and closes it.
    /// </summary>
    public static void Open(DotWriter writer, int index, int number, StageSymbol stage, DiagramOptions diagram)
    {
        writer.Open("subgraph " + DotText.Id("cluster_stage_" + Number(index)));
        writer.Statement("graph", ("label", DotText.Quote("Stage " + Number(number) + ": " + stage.DisplayName)),
            ("style", "\"rounded,dashed\""), ("color", "\"#9e9e9e\""), ("fontcolor", "\"#616161\""), ("fontsize", DotStyle.Points(DotStyle.SmallSize(diagram) + 1)));
        writer.Statement(Anchor(index), ("shape", "point"), ("style", "invis"));
    }

    /// <summary>
    /// The ordering edges. <paramref name="membersOf"/> gives the DOT ids of a stage's members; null
    /// keeps only the anchors' order (for a web too large for a constraint edge per node).
    /// </summary>
    public static void Order(DotWriter writer, int stageCount, Func<int, IEnumerable<string>>? membersOf)
    {
        for (var s = 0; s < stageCount; s++)
        {
            var next = s + 1 < stageCount ? Anchor(s + 1) : null;
            if (next is not null)
                writer.Statement(Anchor(s) + " -> " + next, ("style", "invis"), ("weight", "10"));
            if (membersOf is null)
                continue;
            foreach (var member in membersOf(s))
            {
                writer.Statement(Anchor(s) + " -> " + DotText.Id(member), ("style", "invis"), ("weight", "0"));
                if (next is not null)
                    writer.Statement(DotText.Id(member) + " -> " + next, ("style", "invis"), ("weight", "0"));
            }
        }
    }

    private static string Anchor(int index) => DotText.Id("__stage_" + Number(index));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
