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

    private static readonly SyntaxKind[] Qualifiers =
        [HighKeyword, LowKeyword, PresentKeyword, AbsentKeyword, AppropriateKeyword, ThresholdKeyword, IncreasedKeyword, DecreasedKeyword,
         ChangedKeyword, MaintainedKeyword];

    // Larger families first: a set that holds a CMOC clause family also holds the smaller ones.
    private static readonly Family[] Families =
    [
        new("a CMOC clause (`context`, `mechanism`, `outcome`, `evidence`, …)",
            [ContextKeyword, IfKeyword, MechanismKeyword, BecauseKeyword, ResourceKeyword, ReasoningKeyword, OutcomeKeyword, ThenKeyword,
             WhenKeyword, UnlessKeyword, ForKeyword, StageKeyword, EvidenceKeyword, StatusKeyword, ProvenanceKeyword, ConfidenceKeyword,
             ModeratedKeyword, DescriptionKeyword, NoteKeyword]),
        new("a declaration (`construct`, `cmoc`, `link`, `mrt`, …)",
            [TheoryKeyword, ImportKeyword, StagesKeyword, TypologyKeyword, ConstructKeyword, MrtKeyword, CriterionKeyword, ClusterKeyword,
             ThemeKeyword, CmocKeyword, ChainKeyword, FeedbackKeyword, LinkKeyword, MeasureKeyword, DefaultKeyword, NoteKeyword]),
        new("a declaration (`construct`, `cmoc`, `link`, `mrt`, …)",
            [ConstructKeyword, MrtKeyword, CriterionKeyword, ClusterKeyword, ThemeKeyword, CmocKeyword, ChainKeyword, FeedbackKeyword,
             LinkKeyword, MeasureKeyword, DefaultKeyword, NoteKeyword]),
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
        new("a construct name", [NecessaryKeyword, ContributoryKeyword, IntermediateKeyword, FinalKeyword, .. Qualifiers, IdentifierToken]),
        new("a construct name", [IntermediateKeyword, FinalKeyword, .. Qualifiers, IdentifierToken]),
        new("a construct name", [.. Qualifiers, IdentifierToken]),
        new("a level or direction (`high`, `low`, `increased`, `decreased`, …)", Qualifiers),
        new("primary data (`interview`, `focus_group`, `observation`, `document`, `survey`)",
            [InterviewKeyword, FocusGroupKeyword, ObservationKeyword, DocumentKeyword, SurveyKeyword]),
        new("a group keyword (`mrt`, `criterion`, `cluster`, `theme`)", [MrtKeyword, CriterionKeyword, ClusterKeyword, ThemeKeyword]),
        new("a quoted string", [StringToken, UnterminatedStringToken]),
    ];

    /// <summary>
    /// The token kinds of an expected set. Where a name may stand, the soft keywords (which are
    /// names there) are not listed one by one: "a name" says it.
    /// </summary>
    public static IReadOnlyList<SyntaxKind> ToKinds(IntervalSet set)
    {
        var types = set.ToList();
        // A number may stand for a CMOC's ID (`cmoc 12`) where a name may: "a name" covers it too.
        if (types.Contains(Generated.TheoryLexer.IDENTIFIER))
            types = [.. types.Where(t => !SoftKeywords.Contains(t) && t != Generated.TheoryLexer.NUMBER)];
        return [.. types.Select(TokenKinds.ToKind).Where(k => k != None).Distinct().OrderBy(k => k)];
    }

    /// <summary>The keywords that are names where a name is expected, read from the grammar's `softKeyword` rule.</summary>
    public static IntervalSet SoftKeywords { get; } =
        Generated.TheoryParser._ATN.NextTokens(Generated.TheoryParser._ATN.ruleToStartState[Generated.TheoryParser.RULE_softKeyword]);

    /// <summary>Why a reserved word cannot be a name, for the message that says so; null for other tokens.</summary>
    public static string? WhyReserved(int tokenType, IReadOnlyList<SyntaxKind> expected)
    {
        var kind = TokenKinds.ToKind(tokenType);
        if (!expected.Contains(IdentifierToken) || SoftKeywords.Contains(tokenType) || !kind.ToString().EndsWith("Keyword", StringComparison.Ordinal))
            return null;
        return kind switch
        {
            HighKeyword or LowKeyword or PresentKeyword or AbsentKeyword or AppropriateKeyword or ThresholdKeyword => "a level of a context",
            IncreasedKeyword or DecreasedKeyword or ChangedKeyword or MaintainedKeyword => "a direction of a mechanism or outcome",
            IntermediateKeyword or FinalKeyword => "a tier of an outcome",
            NecessaryKeyword or ContributoryKeyword => "the part a factor plays",
            IfKeyword or ThenKeyword or BecauseKeyword or WhenKeyword or UnlessKeyword or ForKeyword or AtKeyword or OfKeyword or ByKeyword =>
                "a word that joins the parts of a claim",
            // A keyword that starts a declaration more likely starts the next one after an
            // unfinished line than stands for a name: the plain message fits it better.
            _ => null,
        };
    }

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
