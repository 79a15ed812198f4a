using System.Collections.Immutable;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit;

/// <summary>
/// Names declared feedback loops the way system-dynamics diagrams do: R1, R2 for reinforcing loops,
/// B1 for balancing ones (from the signs of their edges; the declared polarity when the signs are unknown),
/// and finds the web edges each loop runs along. Shared by the diagrams (DOT, Mermaid) so both
/// tag loops and label edges the same way.
/// </summary>
internal sealed class LoopTags
{
    private LoopTags(ImmutableArray<(FeedbackLoopSymbol Loop, string Tag, Polarity Polarity)> loops, Dictionary<(ConstructSymbol, ConstructSymbol), List<string>> byEdge)
    {
        Loops = loops;
        _byEdge = byEdge;
    }

    private readonly Dictionary<(ConstructSymbol, ConstructSymbol), List<string>> _byEdge;

    public ImmutableArray<(FeedbackLoopSymbol Loop, string Tag, Polarity Polarity)> Loops { get; }

    public IReadOnlyList<string> TagsOn(CausalEdge edge) =>
        _byEdge.TryGetValue((edge.From, edge.To), out var tags) ? tags : [];

    /// <summary>
    /// The sign, the named claims behind the edge and its loop tags: <c>+ MO5, MO7 [R1]</c>. A link
    /// written without a name has only a made-up identifier (<c>a->b</c>), which says nothing the
    /// arrow does not, so it is left out; the tooltip names the constructs by their labels.
    /// </summary>
    public string LabelOf(CausalEdge edge)
    {
        var tags = TagsOn(edge);
        // Written out rather than through LINQ: this runs for every edge of every diagram. Most
        // edges have a claim or two, where the list's own search is quickest; a set for the rest.
        var names = new List<string>(edge.Claims.Length);
        var seen = edge.Claims.Length > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var claim in edge.Claims)
        {
            var name = claim.Claim.Name;
            if (claim.Claim is not LinkSymbol { IsNamed: false } && (seen?.Add(name) ?? !names.Contains(name)))
                names.Add(name);
        }

        return EdgeMarks.SignText(edge) + (names.Count > 0 ? " " + string.Join(", ", names) : "")
            + (tags.Count > 0 ? " [" + string.Join(", ", tags) + "]" : "");
    }

    /// <summary>The sign and loop tags only (<c>+ R1</c>): a figure's edge label.</summary>
    public string ShortLabelOf(CausalEdge edge)
    {
        var tags = TagsOn(edge);
        return EdgeMarks.SignText(edge) + (tags.Count > 0 ? " " + string.Join(", ", tags) : "");
    }

    public static LoopTags For(Compilation compilation)
    {
        var counters = new Dictionary<char, int>();
        var loops = ImmutableArray.CreateBuilder<(FeedbackLoopSymbol, string, Polarity)>();
        var byEdge = new Dictionary<(ConstructSymbol, ConstructSymbol), List<string>>();
        foreach (var loop in compilation.FeedbackLoops)
        {
            var polarity = loop.ComputedPolarity is Polarity.Reinforcing or Polarity.Balancing ? loop.ComputedPolarity : loop.DeclaredPolarity;
            var letter = polarity switch
            {
                Polarity.Reinforcing => 'R',
                Polarity.Balancing => 'B',
                _ => '?',
            };
            counters[letter] = counters.TryGetValue(letter, out var n) ? n + 1 : 1;
            var tag = letter + counters[letter].ToString(System.Globalization.CultureInfo.InvariantCulture);
            loops.Add((loop, tag, polarity));
            foreach (var path in loop.Paths)
            {
                for (var i = 0; i + 1 < path.Length; i++)
                {
                    var key = (path[i], path[i + 1]);
                    if (!byEdge.TryGetValue(key, out var tags))
                        byEdge[key] = tags = [];
                    if (!tags.Contains(tag))
                        tags.Add(tag);
                }
            }
        }

        return new LoopTags(loops.ToImmutable(), byEdge);
    }
}
