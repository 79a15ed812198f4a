using Antlr4.Runtime.Misc;
using Theory.Diagnostics;
using static Theory.Syntax.SyntaxKind;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Turns the parser's set of expected tokens into words: whole families of keywords are named
/// as a family ("a CMOC clause (`context`, `mechanism`, `outcome`, …)") rather than listed.
/// </summary>
internal static class ExpectedTokens
{
    private sealed record Family(string Description, SyntaxKind[] Members);

    // Larger families first: a set that holds a CMOC clause family also holds the smaller ones.
    private static readonly Family[] Families =
    [
        new("a CMOC clause (`context`, `mechanism`, `outcome`, `evidence`, …)",
            [ContextKeyword, IfKeyword, MechanismKeyword, BecauseKeyword, ResourceKeyword, ReasoningKeyword, OutcomeKeyword, ThenKeyword,
             WhenKeyword, UnlessKeyword, ForKeyword, StageKeyword, EvidenceKeyword, StatusKeyword, ProvenanceKeyword, ConfidenceKeyword,
             ModeratedKeyword, DescriptionKeyword, NoteKeyword]),
        new("a declaration (`construct`, `cmoc`, `link`, `mrt`, …)",
            [TheoryKeyword, ImportKeyword, StagesKeyword, TypologyKeyword, ConstructKeyword, MrtKeyword, CriterionKeyword, ClusterKeyword,
             ThemeKeyword, CmocKeyword, ChainKeyword, FeedbackKeyword, LinkKeyword, MeasureKeyword, NoteKeyword]),
        new("a declaration (`construct`, `cmoc`, `link`, `mrt`, …)",
            [ConstructKeyword, MrtKeyword, CriterionKeyword, ClusterKeyword, ThemeKeyword, CmocKeyword, ChainKeyword, FeedbackKeyword,
             LinkKeyword, MeasureKeyword, NoteKeyword]),
        new("a clause such as `when`, `for`, `evidence` or `status`",
            [WhenKeyword, UnlessKeyword, ForKeyword, StageKeyword, EvidenceKeyword, StatusKeyword, ProvenanceKeyword, ConfidenceKeyword,
             ModeratedKeyword, DescriptionKeyword, NoteKeyword]),
        new("a theory property (`title`, `version`, `authors`, `refines`, `bibliography`, …)",
            [TitleKeyword, VersionKeyword, AuthorsKeyword, RefinesKeyword, BibliographyKeyword, DescriptionKeyword, NoteKeyword]),
        new("a construct property (`kind`, `aliases`, `description`, `specialises`, `inverse`, `note`)",
            [KindKeyword, AliasesKeyword, DescriptionKeyword, SpecialisesKeyword, InverseKeyword, NoteKeyword]),
        new("a feedback property (`loop`, `polarity`, `description`, `evidence`, `note`)",
            [LoopKeyword, PolarityKeyword, DescriptionKeyword, EvidenceKeyword, NoteKeyword]),
        new("a measure property (`scale`, `indicates`, `reverse`, `description`, `note`)",
            [ScaleKeyword, IndicatesKeyword, ReverseKeyword, DescriptionKeyword, NoteKeyword]),
        new("a construct name", [IntermediateKeyword, FinalKeyword, HighKeyword, LowKeyword, PresentKeyword, AbsentKeyword,
             AppropriateKeyword, IncreasedKeyword, DecreasedKeyword, ChangedKeyword, IdentifierToken]),
        new("a construct name", [HighKeyword, LowKeyword, PresentKeyword, AbsentKeyword, AppropriateKeyword, IncreasedKeyword,
             DecreasedKeyword, ChangedKeyword, IdentifierToken]),
        new("a level or direction (`high`, `low`, `increased`, `decreased`, …)",
            [HighKeyword, LowKeyword, PresentKeyword, AbsentKeyword, AppropriateKeyword, IncreasedKeyword, DecreasedKeyword, ChangedKeyword]),
        new("primary data (`interview`, `focus_group`, `observation`, `document`, `survey`)",
            [InterviewKeyword, FocusGroupKeyword, ObservationKeyword, DocumentKeyword, SurveyKeyword]),
        new("a group keyword (`mrt`, `criterion`, `cluster`, `theme`)", [MrtKeyword, CriterionKeyword, ClusterKeyword, ThemeKeyword]),
        // Only `kind` accepts `resource` where a name could also stand.
        new("a kind (`cognitive`, `behaviour`, `resource`, `structure`, `state`, …)", [ResourceKeyword, IdentifierToken]),
        new("a quoted string", [StringToken, UnterminatedStringToken]),
    ];

    public static IReadOnlyList<SyntaxKind> ToKinds(IntervalSet set) =>
        [.. set.ToList().Select(TokenKinds.ToKind).Where(k => k != None).Distinct().OrderBy(k => k)];

    public static string Describe(IReadOnlyCollection<SyntaxKind> expected)
    {
        var remaining = new HashSet<SyntaxKind>(expected);
        var parts = new List<string>();
        foreach (var family in Families)
        {
            if (family.Members.All(remaining.Contains))
            {
                remaining.ExceptWith(family.Members);
                if (!parts.Contains(family.Description))
                    parts.Add(family.Description);
            }
        }

        // The end of the file is always "expected" at top level; naming it helps nobody.
        if (parts.Count + remaining.Count > 1)
            remaining.Remove(EndOfFileToken);
        parts.AddRange(remaining.OrderBy(k => k).Select(SyntaxFacts.GetDisplayName));
        return parts.Count switch
        {
            0 => "nothing more",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1],
        };
    }

    /// <summary>The keyword the author probably meant, when a name is one or two edits from one.</summary>
    public static string? SuggestKeyword(string written, IEnumerable<SyntaxKind> expected) =>
        SpellingSuggestion.Suggest(
            written,
            expected.Select(SyntaxFacts.GetText).OfType<string>().Where(text => char.IsLetter(text[0])),
            ignoreCase: true);
}
