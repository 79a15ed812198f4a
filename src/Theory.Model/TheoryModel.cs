namespace Theory.Model;

/// <summary>
/// A whole programme theory: its constructs, CMOCs, the signed causal web they make, feedback
/// loops and measures. Records compare by value, so two models of the same theory are equal.
/// </summary>
/// <param name="Name">The theory's name.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Constructs">Every construct, in declaration order.</param>
/// <param name="Cmocs">Every CMOC, in declaration order.</param>
/// <param name="Links">The edges of the causal web.</param>
/// <param name="FeedbackLoops">The declared feedback loops.</param>
/// <param name="Measures">The measures.</param>
/// <param name="IsValid">False when the model was built from a theory with errors (<c>--force</c>).</param>
public sealed record TheoryModel(
    string Name,
    string? Title,
    string? Description,
    ValueList<Construct> Constructs,
    ValueList<Cmoc> Cmocs,
    ValueList<Link> Links,
    ValueList<FeedbackLoop> FeedbackLoops,
    ValueList<Measure> Measures,
    bool IsValid = true)
{
    /// <summary>The construct with this id, or null.</summary>
    public Construct? FindConstruct(string id) => Constructs.FirstOrDefault(c => c.Id == id);

    /// <summary>The CMOC with this id, or null.</summary>
    public Cmoc? FindCmoc(string id) => Cmocs.FirstOrDefault(c => c.Id == id);

    /// <summary>The links leaving a construct.</summary>
    public IEnumerable<Link> GetOutgoing(string constructId) => Links.Where(l => l.From == constructId);

    /// <summary>The links arriving at a construct.</summary>
    public IEnumerable<Link> GetIncoming(string constructId) => Links.Where(l => l.To == constructId);

    /// <summary>The constructs one link away from <paramref name="constructId"/>, in either direction, each once.</summary>
    public IEnumerable<string> GetNeighbours(string constructId) =>
        GetOutgoing(constructId).Select(l => l.To).Concat(GetIncoming(constructId).Select(l => l.From)).Distinct();

    /// <summary>The measures that indicate a construct.</summary>
    public IEnumerable<Measure> GetMeasures(string constructId) => Measures.Where(m => m.Indicates == constructId);

    /// <summary>
    /// Simple paths (no construct twice) from one construct to another, shortest first, each as its
    /// links. Bounded by <paramref name="maxLength"/> links and <paramref name="maxPaths"/> paths,
    /// and by a budget of <see cref="PathSearchSteps"/> steps, so a dense web cannot explode; see
    /// <see cref="TryFindPaths"/> to learn whether the answer is whole.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Link>> FindPaths(string from, string to, int maxLength = 8, int maxPaths = 100)
    {
        TryFindPaths(from, to, out var paths, maxLength, maxPaths);
        return paths;
    }

    /// <summary>The steps one path search may take (each a link considered).</summary>
    public const int PathSearchSteps = 1_000_000;

    /// <summary>
    /// As <see cref="FindPaths"/>, and says whether the answer is whole: false when the step budget
    /// ran out before every path within <paramref name="maxLength"/> links was considered (the
    /// paths found so far are still given). Reaching <paramref name="maxPaths"/> is not a failure.
    /// </summary>
    public bool TryFindPaths(string from, string to, out IReadOnlyList<IReadOnlyList<Link>> paths, int maxLength = 8, int maxPaths = 100)
    {
        var outgoing = Links.ToLookup(l => l.From);
        var distance = DistancesTo(to);
        var found = new List<IReadOnlyList<Link>>();
        var path = new List<Link>();
        var onPath = new HashSet<string> { from };
        var steps = 0;
        var complete = true;

        // Depth-first to exactly `length` links, never into a construct from which `to` is further
        // than the links left: iterative deepening finds the shortest paths first, and the pruning
        // keeps a dense web from being walked where no path can end.
        void Walk(string at, int length)
        {
            foreach (var link in outgoing[at])
            {
                if (found.Count >= maxPaths || !complete)
                    return;
                if (++steps > PathSearchSteps)
                {
                    complete = false;
                    return;
                }

                var left = length - path.Count - 1;
                if (link.To == to)
                {
                    if (left == 0)
                        found.Add([.. path, link]);
                    continue;
                }

                if (left <= 0 || !distance.TryGetValue(link.To, out var d) || d > left || !onPath.Add(link.To))
                    continue;
                path.Add(link);
                Walk(link.To, length);
                path.RemoveAt(path.Count - 1);
                onPath.Remove(link.To);
            }
        }

        for (var length = 1; length <= maxLength && found.Count < maxPaths && complete; length++)
            Walk(from, length);
        paths = found;
        return complete;
    }

    // Links from each construct to `to`, by a breadth-first search backwards from it.
    private Dictionary<string, int> DistancesTo(string to)
    {
        var incoming = Links.ToLookup(l => l.To);
        var distance = new Dictionary<string, int> { [to] = 0 };
        var queue = new Queue<string>();
        queue.Enqueue(to);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var link in incoming[at])
                if (!distance.ContainsKey(link.From))
                {
                    distance[link.From] = distance[at] + 1;
                    queue.Enqueue(link.From);
                }
        }

        return distance;
    }

    /// <summary>The sign of a path: the product of its links' signs.</summary>
    public static Sign SignOf(IEnumerable<Link> path) =>
        path.Aggregate(Sign.Positive, (sign, link) =>
            sign == Sign.Indeterminate || link.Sign == Sign.Indeterminate ? Sign.Indeterminate
            : sign == link.Sign ? Sign.Positive : Sign.Negative);
}
