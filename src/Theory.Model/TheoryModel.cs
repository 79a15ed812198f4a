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
    /// links. Bounded by <paramref name="maxLength"/> links and <paramref name="maxPaths"/> paths so a dense web cannot explode.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Link>> FindPaths(string from, string to, int maxLength = 8, int maxPaths = 100)
    {
        var outgoing = Links.ToLookup(l => l.From);
        var found = new List<IReadOnlyList<Link>>();
        var path = new List<Link>();
        var onPath = new HashSet<string> { from };

        void Walk(string at)
        {
            if (found.Count >= maxPaths || path.Count >= maxLength)
                return;
            foreach (var link in outgoing[at])
            {
                if (found.Count >= maxPaths)
                    return;
                if (link.To == to)
                {
                    found.Add([.. path, link]);
                    continue;
                }

                if (!onPath.Add(link.To))
                    continue;
                path.Add(link);
                Walk(link.To);
                path.RemoveAt(path.Count - 1);
                onPath.Remove(link.To);
            }
        }

        Walk(from);
        return found.OrderBy(p => p.Count).ToList();
    }

    /// <summary>The sign of a path: the product of its links' signs.</summary>
    public static Sign SignOf(IEnumerable<Link> path) =>
        path.Aggregate(Sign.Positive, (sign, link) =>
            sign == Sign.Indeterminate || link.Sign == Sign.Indeterminate ? Sign.Indeterminate
            : sign == link.Sign ? Sign.Positive : Sign.Negative);
}
