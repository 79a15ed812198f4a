using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Diff;

/// <summary>
/// Pairs the symbols of two versions and lists what differs. Constructs, groups, CMOCs and links
/// are paired by name first; what is left is paired by content (a construct with the same label
/// or description, a CMOC with the same contexts, mechanisms and outcomes once renamed constructs
/// are followed) and reported as renamed. Everything is compared through the pairing, so a renamed
/// construct changes nothing else.
/// </summary>
internal sealed class TheoryComparer(Compilation old, Compilation @new)
{
    private readonly List<DiffEntry> _entries = [];
    // Old construct name → new construct name, for every pair (renamed or not).
    private readonly Dictionary<string, string> _constructs = new(StringComparer.Ordinal);

    public List<DiffEntry> Compare()
    {
        CompareConstructs();
        CompareGroups();
        CompareClaims(old.Cmocs, @new.Cmocs, DiffSubject.Cmoc, CmocParts);
        CompareClaims(old.Links, @new.Links, DiffSubject.Link, LinkParts);
        CompareEdges();
        CompareLoops();
        CompareDiagnostics();
        return _entries;
    }

    private void Add(DiffSubject subject, DiffChange change, string name, string? newName = null, IEnumerable<DiffDetail>? details = null) =>
        _entries.Add(new DiffEntry(subject, change, name, newName, details is null ? [] : [.. details]));

    private string Renamed(string oldName) => _constructs.TryGetValue(oldName, out var name) ? name : oldName;

    // ---- constructs and groups ---------------------------------------------------------------

    private void CompareConstructs()
    {
        var pairs = Pair(old.Constructs, @new.Constructs, c => c.Name, ConstructContent, ConstructContent);
        foreach (var (before, after) in pairs.Matched)
            _constructs[before.Name] = after.Name;
        Report(pairs, DiffSubject.Construct, c => c.Name,
            (before, after) => Changes(
                ("label", before.Label, after.Label),
                ("kind", Kind(before), Kind(after)),
                ("description", before.Description, after.Description),
                ("aliases", Join(before.Aliases), Join(after.Aliases)),
                ("group", before.Group?.Name, after.Group?.Name)),
            (construct, removed) => Describe(removed, ("label", construct.Label)));
    }

    // A construct under a new name is the old one when its label, or its description, is the same.
    private static IEnumerable<string> ConstructContent(ConstructSymbol c)
    {
        if (!string.IsNullOrWhiteSpace(c.Label))
            yield return "label:" + Normal(c.Label);
        if (!string.IsNullOrWhiteSpace(c.Description))
            yield return "description:" + Normal(c.Description);
    }

    private static string? Kind(ConstructSymbol c) => c.ConstructKind == ConstructKind.Unspecified ? null : Emit.EnumText.Of(c.ConstructKind);

    private void CompareGroups() =>
        Report(Pair(old.Groups, @new.Groups, g => g.Name, GroupContent, GroupContent),
            DiffSubject.Group, g => g.Name,
            (before, after) => Changes(
                ("label", before.Label, after.Label),
                ("kind", before.GroupKind.ToKeyword(), after.GroupKind.ToKeyword()),
                ("description", before.Description, after.Description)),
            (group, removed) => Describe(removed, ("label", group.Label)));

    private static IEnumerable<string> GroupContent(GroupSymbol g) =>
        string.IsNullOrWhiteSpace(g.Label) ? [] : ["label:" + Normal(g.Label)];

    /// <summary>Reports paired things as renamed or changed, and the rest as removed or added.</summary>
    private void Report<T>(Pairs<T> pairs, DiffSubject subject, Func<T, string> name, Func<T, T, List<DiffDetail>> changes, Func<T, bool, IEnumerable<DiffDetail>> describe)
    {
        foreach (var (before, after) in pairs.Matched)
        {
            var details = changes(before, after);
            if (name(before) != name(after))
                Add(subject, DiffChange.Renamed, name(before), name(after), details);
            else if (details.Count > 0)
                Add(subject, DiffChange.Changed, name(before), null, details);
        }

        foreach (var item in pairs.Removed)
            Add(subject, DiffChange.Removed, name(item), null, describe(item, true));
        foreach (var item in pairs.Added)
            Add(subject, DiffChange.Added, name(item), null, describe(item, false));
    }

    // ---- CMOCs and links ---------------------------------------------------------------------

    /// <summary>The parts of a claim compared, as text with renamed constructs followed (sets are sorted).</summary>
    private delegate List<(string What, string Text)> Parts(ClaimSymbol claim, bool isOld);

    private void CompareClaims<T>(ImmutableArray<T> before, ImmutableArray<T> after, DiffSubject subject, Parts parts) where T : ClaimSymbol
    {
        // The claim's content without its name: what pairs a renamed CMOC with its old self.
        // A claim's terms, worked out once per claim (pairing compares them many times).
        var contents = new Dictionary<T, HashSet<string>>(ReferenceEqualityComparer.Instance);
        HashSet<string> Content(T claim, bool isOld)
        {
            if (!contents.TryGetValue(claim, out var set))
            {
                contents[claim] = set =
                [
                    .. parts(claim, isOld).Where(p => p.What is "context" or "mechanism" or "outcome" or "from" or "to")
                        .SelectMany(p => p.Text.Split([", "], StringSplitOptions.RemoveEmptyEntries).Select(t => p.What + ":" + t)),
                ];
            }

            return set;
        }

        string Key(T claim, bool isOld) => string.Join("\n", Content(claim, isOld).Order(StringComparer.Ordinal));

        // Near-identical: most of the terms the same (two in three), so an ID changed in the same
        // edit as a context or an outcome still reads as a rename with changes.
        double Similarity(T a, T b)
        {
            var (x, y) = (Content(a, true), Content(b, false));
            return x.Count + y.Count == 0 ? 0 : (double)x.Count(y.Contains) / x.Union(y).Count();
        }

        Report(Pair(before, after, c => c.Name, c => [Key(c, true)], c => [Key(c, false)], Similarity), subject, c => c.Name,
            (a, b) =>
            {
                var oldParts = parts(a, true).ToDictionary(p => p.What, p => p.Text, StringComparer.Ordinal);
                var newParts = parts(b, false).ToDictionary(p => p.What, p => p.Text, StringComparer.Ordinal);
                return [.. oldParts.Keys.Union(newParts.Keys)
                    .Select(k => new DiffDetail(k, oldParts.TryGetValue(k, out var o) && o.Length > 0 ? o : null, newParts.TryGetValue(k, out var n) && n.Length > 0 ? n : null))
                    .Where(d => d.Old != d.New)];
            },
            (claim, removed) => Describe(removed, ("claim", Summary(claim, removed))));
    }

    private string Summary(ClaimSymbol claim, bool isOld) => claim switch
    {
        CmocSymbol cmoc => $"{Terms(cmoc.Contexts, isOld)} => {Terms(cmoc.Mechanisms, isOld)} -> {Terms(cmoc.Outcomes, isOld)}",
        LinkSymbol link => $"{LinkSource(link, isOld)} -> {LinkTargets(link, isOld)}",
        _ => claim.Name,
    };

    private List<(string, string)> CmocParts(ClaimSymbol claim, bool isOld)
    {
        var cmoc = (CmocSymbol)claim;
        return
        [
            ("title", cmoc.Label ?? ""),
            ("context", Terms(cmoc.Contexts, isOld)),
            ("mechanism", Terms(cmoc.Mechanisms, isOld)),
            ("resource", cmoc.ResourceText ?? ""),
            ("outcome", Terms(cmoc.Outcomes, isOld)),
            .. CommonParts(cmoc, isOld),
        ];
    }

    private List<(string, string)> LinkParts(ClaimSymbol claim, bool isOld)
    {
        var link = (LinkSymbol)claim;
        return
        [
            ("title", link.Label ?? ""),
            ("from", LinkSource(link, isOld)),
            ("to", LinkTargets(link, isOld)),
            .. CommonParts(link, isOld),
        ];
    }

    // A link's endpoint is a term, or a whole group (`group governance`).
    private string LinkSource(LinkSymbol link, bool isOld) =>
        link.Source is { } source ? TermText(source, isOld) : link.SourceGroup is { } group ? "group " + group.Name : "";

    private string LinkTargets(LinkSymbol link, bool isOld) =>
        string.Join(", ", link.Targets.Select(t => TermText(t, isOld)).Concat(link.TargetGroups.OfType<GroupSymbol>().Select(g => "group " + g.Name))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private List<(string, string)> CommonParts(ClaimSymbol claim, bool isOld) =>
    [
        ("conditions", string.Join(", ", claim.Conditions.Select(c => (c.IsUnless ? "unless " : "when ") + TermText(c.Term, isOld)).Order(StringComparer.Ordinal))),
        ("scope", string.Join(", ", claim.Scope.Select(t => t.QualifiedName).Order(StringComparer.Ordinal))),
        ("stage", claim.Stage?.Name ?? ""),
        ("status", Emit.EnumText.Of(claim.Status)),
        ("provenance", Emit.EnumText.Of(claim.Provenance)),
        ("confidence", claim.Confidence ?? ""),
        ("evidence", string.Join(", ", claim.Evidence.Select(Evidence).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))),
        ("group", claim.Group?.Name ?? ""),
        ("description", claim.Description ?? ""),
    ];

    private static string Evidence(EvidenceItem item) =>
        item.SourceIdentity + (item.Locator is { } locator ? " at \"" + locator + "\"" : "") + (item.Quote is { } quote ? " quote \"" + quote + "\"" : "");

    private string Terms(IEnumerable<Term> terms, bool isOld) => string.Join(", ", terms.Select(t => TermText(t, isOld)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>A term as written, with an old construct's name replaced by its new one.</summary>
    private string TermText(Term term, bool isOld)
    {
        var text = term.ToString();
        return isOld && term.Construct is { } construct && text.EndsWith(construct.Name, StringComparison.Ordinal)
            ? text.Substring(0, text.Length - construct.Name.Length) + Renamed(construct.Name)
            : text;
    }

    // ---- the web, loops, diagnostics ---------------------------------------------------------

    private void CompareEdges()
    {
        var before = old.Web.Edges.ToDictionary(e => Renamed(e.From.Name) + " -> " + Renamed(e.To.Name), StringComparer.Ordinal);
        var after = @new.Web.Edges.ToDictionary(e => e.From.Name + " -> " + e.To.Name, StringComparer.Ordinal);
        foreach (var (key, edge) in before)
        {
            if (!after.TryGetValue(key, out var now))
                Add(DiffSubject.Edge, DiffChange.Removed, key, null, [new DiffDetail("sign", edge.Sign.ToSymbol(), null)]);
            else if (now.Sign != edge.Sign)
                Add(DiffSubject.Edge, DiffChange.Changed, key, null, [new DiffDetail("sign", edge.Sign.ToSymbol(), now.Sign.ToSymbol())]);
        }

        foreach (var (key, edge) in after.Where(a => !before.ContainsKey(a.Key)))
            Add(DiffSubject.Edge, DiffChange.Added, key, null, [new DiffDetail("sign", null, edge.Sign.ToSymbol())]);
    }

    private void CompareLoops()
    {
        string Path(FeedbackLoopSymbol loop, bool isOld) =>
            string.Join("; ", loop.Paths.Select(p => string.Join(" -> ", p.Select(c => isOld ? Renamed(c.Name) : c.Name))));
        Report(Pair(old.FeedbackLoops, @new.FeedbackLoops, l => l.Name, l => [Path(l, true)], l => [Path(l, false)]), DiffSubject.Loop, l => l.Name,
            (a, b) => Changes(("path", Path(a, true), Path(b, false)), ("polarity", Polarity(a), Polarity(b))),
            (loop, removed) => Describe(removed, ("path", Path(loop, removed))));
    }

    private static string Polarity(FeedbackLoopSymbol loop) => loop.ComputedPolarity.ToString().ToLowerInvariant();

    /// <summary>
    /// Diagnostics compared by ID and message (their places move with every edit), with the old
    /// names in old messages replaced by the new ones: a renamed CMOC keeps its warnings, it does
    /// not fix one and introduce another.
    /// </summary>
    private void CompareDiagnostics()
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in _entries.Where(e => e.Change == DiffChange.Renamed && e.NewName is not null))
            renames.TryAdd(entry.Name, entry.NewName!);
        // Names in messages are in backticks: each is looked up once, whatever the number of renames.
        string Renamed(string message) => renames.Count == 0 ? message
            : Regex.Replace(message, "`([^`]*)`", m => renames.TryGetValue(m.Groups[1].Value, out var name) ? "`" + name + "`" : m.Value, RegexOptions.None, TimeSpan.FromSeconds(1));

        static IEnumerable<string> Keys(Compilation c, Func<string, string> rename) =>
            c.GetDiagnostics().Select(d => d.Id + " " + rename(TextSanitiser(d.Message))).Distinct(StringComparer.Ordinal);
        var before = Keys(old, Renamed).ToHashSet(StringComparer.Ordinal);
        var after = Keys(@new, m => m).ToHashSet(StringComparer.Ordinal);
        foreach (var fixedOne in before.Where(k => !after.Contains(k)))
            Add(DiffSubject.Diagnostic, DiffChange.Removed, fixedOne);
        foreach (var introduced in after.Where(k => !before.Contains(k)))
            Add(DiffSubject.Diagnostic, DiffChange.Added, introduced);
    }

    private static string TextSanitiser(string message) => Emit.TextSanitiser.OneLine(message);

    // ---- helpers -----------------------------------------------------------------------------

    private sealed record Pairs<T>(List<(T Old, T New)> Matched, List<T> Removed, List<T> Added);

    /// <summary>
    /// Pairs by name, then what is left by content (the first unpaired new thing that shares one of
    /// the old thing's content keys), then by <paramref name="similarity"/>. The first two passes
    /// are lookups, not comparisons of everything with everything; the similarity pass, which must
    /// compare, runs only while that stays small (<see cref="SimilarityComparisons"/>).
    /// </summary>
    private static Pairs<T> Pair<T>(ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> name,
        Func<T, IEnumerable<string>> oldContent, Func<T, IEnumerable<string>> newContent, Func<T, T, double>? similarity = null) where T : class
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in after)
            byName.TryAdd(name(item), item);
        var matched = new List<(T, T)>();
        var removed = new List<T>();
        var used = new HashSet<T>(ReferenceEqualityComparer.Instance);
        foreach (var item in before)
        {
            if (byName.TryGetValue(name(item), out var partner) && used.Add(partner))
                matched.Add((item, partner));
            else
                removed.Add(item);
        }

        // By content: each content key of an unpaired new thing, in order.
        var byContent = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
        foreach (var item in after.Where(a => !used.Contains(a)))
        {
            foreach (var key in newContent(item))
            {
                if (!byContent.TryGetValue(key, out var queue))
                    byContent[key] = queue = new Queue<T>();
                queue.Enqueue(item);
            }
        }

        var left = new List<T>();
        foreach (var item in removed)
        {
            T? partner = null;
            foreach (var key in oldContent(item))
            {
                if (!byContent.TryGetValue(key, out var queue))
                    continue;
                while (queue.Count > 0 && used.Contains(queue.Peek()))
                    queue.Dequeue();
                if (queue.Count > 0)
                {
                    partner = queue.Dequeue();
                    break;
                }
            }

            if (partner is not null && used.Add(partner))
                matched.Add((item, partner));
            else
                left.Add(item);
        }

        var added = after.Where(a => !used.Contains(a)).ToList();
        if (similarity is not null && (long)left.Count * added.Count <= SimilarityComparisons)
        {
            foreach (var item in left.ToList())
            {
                var best = added.Select(a => (Item: a, Score: similarity(item, a))).Where(c => c.Score >= 2.0 / 3).OrderByDescending(c => c.Score).FirstOrDefault();
                if (best.Item is { } partner)
                {
                    matched.Add((item, partner));
                    left.Remove(item);
                    added.Remove(partner);
                }
            }
        }

        return new Pairs<T>(matched, left, added);
    }

    // Beyond this many removed × added pairs, near-identical claims are not looked for (exact ones still are).
    private const long SimilarityComparisons = 1_000_000;

    private static List<DiffDetail> Changes(params (string What, string? Old, string? New)[] parts) =>
        [.. parts.Where(p => (p.Old ?? "") != (p.New ?? "")).Select(p => new DiffDetail(p.What, string.IsNullOrEmpty(p.Old) ? null : p.Old, string.IsNullOrEmpty(p.New) ? null : p.New))];

    // What an added (or removed) thing is, as details with only a new (or only an old) side.
    private static IEnumerable<DiffDetail> Describe(bool removed, params (string What, string? Text)[] parts) =>
        parts.Where(p => !string.IsNullOrEmpty(p.Text)).Select(p => removed ? new DiffDetail(p.What, p.Text, null) : new DiffDetail(p.What, null, p.Text));

    private static string Join(ImmutableArray<string> items) => string.Join(", ", items);

    private static string? Normal(string? text) =>
        text is null ? null : Regex.Replace(text.Trim().ToLowerInvariant(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
}
