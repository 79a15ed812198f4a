using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>
/// Collects diagnostics. Every diagnostic is made here, through one typed method per ID (in the
/// partial files beside this one, by family), so call sites read like sentences and each
/// message's wording, plurals and "did you mean" live with its descriptor, not at the caller.
/// </summary>
internal sealed partial class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    public int Count => _diagnostics.Count;

    /// <summary>Adds a diagnostic; a null location (a symbol with no syntax, e.g. a built-in) reports nothing.</summary>
    private void Add(DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
    {
        if (location is not null)
            _diagnostics.Add(new Diagnostic(descriptor, location, [.. arguments], []));
    }

    private void Add(DiagnosticDescriptor descriptor, Location? location, ImmutableArray<RelatedLocation> related, params object[] arguments)
    {
        if (location is not null)
            _diagnostics.Add(new Diagnostic(descriptor, location, [.. arguments], related));
    }

    /// <summary>"; did you mean `x`?" when a candidate is close to what was written, else "".</summary>
    private string DidYouMean(string written, IEnumerable<string> candidates, string prefix = "")
    {
        // A renamed construct file or a re-keyed bibliography leaves one wrong name in many places:
        // each distinct name is looked up once against a set of candidates (the same collection
        // object: the binder passes its tables' key collections, which do not change while it reports).
        // Each set of candidates is indexed once (SpellingIndex), when it is first asked about.
        _suggestions ??= [];
        _indexes ??= new Dictionary<IEnumerable<string>, SpellingIndex>(ReferenceEqualityComparer.Instance);
        var key = (candidates, written);
        if (!_suggestions.TryGetValue(key, out var suggestion))
        {
            // A few candidates (stages, types, often made afresh for each report) are scanned;
            // a binder table (every construct, every citation key) is indexed once.
            if (candidates is not ICollection<string> { Count: >= 64 })
                suggestion = SpellingSuggestion.Suggest(written, candidates);
            else if (_indexes.TryGetValue(candidates, out var index))
                suggestion = index.Suggest(written);
            else
                suggestion = (_indexes[candidates] = new SpellingIndex(candidates)).Suggest(written);
            _suggestions[key] = suggestion;
        }

        return suggestion is null ? "" : $"; did you mean `{prefix}{suggestion}`?";
    }

    private Dictionary<(IEnumerable<string> Candidates, string Written), string?>? _suggestions;
    private Dictionary<IEnumerable<string>, SpellingIndex>? _indexes;

    private static string Plural(int count) => count == 1 ? "" : "s";

    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _diagnostics.Order(DiagnosticOrder.Instance)];

    public IReadOnlyList<Diagnostic> ToList() => _diagnostics;

    /// <summary>Adds what another bag holds, in its order.</summary>
    public void AddRange(DiagnosticBag other) => _diagnostics.AddRange(other._diagnostics);
}
