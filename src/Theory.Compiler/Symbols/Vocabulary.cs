using System.Collections.Immutable;
using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// A set of words a theory writes for the values of one enum: each keyword once, with its value,
/// and the grammar token where the word is a keyword of the language. Binding, the importer and
/// the emitters all read the words from here, so no list is spelled twice or mapped by position.
/// </summary>
/// <remarks>
/// Lookups scan two small arrays (a vocabulary has at most a dozen words) instead of dictionaries:
/// immutable dictionaries keyed by each enum were generic code the runtime compiled on every start,
/// about 0.13 s of each command's start-up, and no faster for a dozen entries.
/// </remarks>
public sealed class Vocabulary<T> where T : struct, Enum
{
    private readonly string[] _keywords;
    private readonly T[] _values;

    internal Vocabulary(string what, (string Keyword, T Value)[] entries)
    {
        What = what;
        Entries = ImmutableArray.Create(entries);
        _keywords = new string[entries.Length];
        _values = new T[entries.Length];
        for (var i = 0; i < entries.Length; i++)
            (_keywords[i], _values[i]) = entries[i];
    }

    /// <summary>What the words name, for messages: "kind", "status".</summary>
    public string What { get; }

    /// <summary>Every word and its value, in the order the language reference lists them.</summary>
    public ImmutableArray<(string Keyword, T Value)> Entries { get; }

    /// <summary>The words alone, in order.</summary>
    public IReadOnlyList<string> Keywords => [.. Entries.Select(e => e.Keyword)];

    /// <summary>The value a word stands for (exact spelling).</summary>
    public bool TryGetValue(string keyword, out T value)
    {
        for (var i = 0; i < _keywords.Length; i++)
        {
            if (string.Equals(_keywords[i], keyword, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The word for a value, or null for a value no word names (e.g. Unspecified).</summary>
    public string? KeywordOf(T value)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(_values[i], value))
                return _keywords[i];
        }

        return null;
    }
}

/// <summary>Every keyword-backed enum of the language, with its words.</summary>
public static class Vocabulary
{
    /// <summary>`kind` of a construct.</summary>
    public static Vocabulary<ConstructKind> ConstructKinds { get; } = new("kind",
    [
        ("cognitive", ConstructKind.Cognitive), ("behaviour", ConstructKind.Behaviour), ("resource", ConstructKind.Resource),
        ("structure", ConstructKind.Structure), ("state", ConstructKind.State), ("intervention", ConstructKind.Intervention),
        ("strategy", ConstructKind.Strategy),
    ]);

    /// <summary>`status` of a claim: where it stands in the refinement cycle.</summary>
    public static Vocabulary<ClaimStatus> Statuses { get; } = new("status",
        [("hypothesised", ClaimStatus.Hypothesised), ("gleaned", ClaimStatus.Gleaned), ("refined", ClaimStatus.Refined), ("tested", ClaimStatus.Tested), ("refuted", ClaimStatus.Refuted)]);

    /// <summary>`provenance` of a claim.</summary>
    public static Vocabulary<Provenance> Provenances { get; } = new("provenance", [("prior", Provenance.Prior), ("novel", Provenance.Novel)]);

    /// <summary>`polarity` a feedback loop declares.</summary>
    public static Vocabulary<Polarity> Polarities { get; } = new("polarity", [("reinforcing", Polarity.Reinforcing), ("balancing", Polarity.Balancing)]);

    /// <summary>Levels (contexts) and directions (mechanisms, outcomes): keywords of the grammar.</summary>
    public static Vocabulary<Qualifier> Qualifiers { get; } = FromTokens("qualifier",
    [
        (SyntaxKind.HighKeyword, Qualifier.High), (SyntaxKind.LowKeyword, Qualifier.Low), (SyntaxKind.PresentKeyword, Qualifier.Present),
        (SyntaxKind.AbsentKeyword, Qualifier.Absent), (SyntaxKind.AppropriateKeyword, Qualifier.Appropriate), (SyntaxKind.ThresholdKeyword, Qualifier.Threshold),
        (SyntaxKind.IncreasedKeyword, Qualifier.Increased), (SyntaxKind.DecreasedKeyword, Qualifier.Decreased), (SyntaxKind.ChangedKeyword, Qualifier.Changed),
        (SyntaxKind.MaintainedKeyword, Qualifier.Maintained),
    ]);

    /// <summary>`necessary` and `contributory` before a term: keywords of the grammar.</summary>
    public static Vocabulary<FactorRole> FactorRoles { get; } = FromTokens("factor role",
        [(SyntaxKind.NecessaryKeyword, FactorRole.Necessary), (SyntaxKind.ContributoryKeyword, FactorRole.Contributory)]);

    /// <summary>Kinds of primary data in `evidence` (a citation is `@key`, not a word): keywords of the grammar.</summary>
    public static Vocabulary<EvidenceKind> PrimaryDataKinds { get; } = FromTokens("evidence kind",
    [
        (SyntaxKind.InterviewKeyword, EvidenceKind.Interview), (SyntaxKind.FocusGroupKeyword, EvidenceKind.FocusGroup),
        (SyntaxKind.ObservationKeyword, EvidenceKind.Observation), (SyntaxKind.DocumentKeyword, EvidenceKind.Document),
        (SyntaxKind.SurveyKeyword, EvidenceKind.Survey),
    ]);

    /// <summary>The keywords that declare a group: keywords of the grammar.</summary>
    public static Vocabulary<GroupKind> GroupKinds { get; } = FromTokens("group kind",
    [
        (SyntaxKind.MrtKeyword, GroupKind.MiddleRangeTheory), (SyntaxKind.CriterionKeyword, GroupKind.Criterion),
        (SyntaxKind.ClusterKeyword, GroupKind.Cluster), (SyntaxKind.ThemeKeyword, GroupKind.Theme),
    ]);

    /// <summary>The value a grammar keyword token stands for, in a token-backed vocabulary.</summary>
    internal static T? FromToken<T>(Vocabulary<T> vocabulary, SyntaxToken? token) where T : struct, Enum =>
        token is { IsMissing: false } && SyntaxFacts.GetText(token.Kind) is { } text && vocabulary.TryGetValue(text, out var value) ? value : null;

    private static Vocabulary<T> FromTokens<T>(string what, (SyntaxKind Token, T Value)[] entries) where T : struct, Enum =>
        new(what, entries.Select(e => (SyntaxFacts.GetText(e.Token) ?? throw new InvalidOperationException($"{e.Token} has no fixed text"), e.Value)).ToArray());
}
