using System.Collections.Concurrent;
using Antlr4.Runtime;
using static Theory.Syntax.Parsing.Generated.TheoryParser;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Which parser rules become nodes. Rules that only choose between alternatives (declaration,
/// cmocClause, ...) or wrap a single token (name, string, qualifier, ...) are flattened away.
/// </summary>
internal static class NodeKinds
{
    // Files are parsed in parallel: a lock-free read path keeps the threads out of each other's way.
    private static readonly ConcurrentDictionary<Type, SyntaxKind?> Cache = new();

    public static SyntaxKind? ToKind(ParserRuleContext rule)
    {
        var type = rule.GetType();
        if (Cache.TryGetValue(type, out var kind))
            return kind;
        kind = IsFlattened(rule) ? null : (SyntaxKind)Enum.Parse(typeof(SyntaxKind), type.Name.Substring(0, type.Name.Length - "Context".Length));
        return Cache.GetOrAdd(type, kind);
    }

    private static bool IsFlattened(ParserRuleContext rule) => rule is DeclarationContext or MemberDeclarationContext
        or TheoryClauseContext or TypologyMemberContext or AttributeValueContext or ConstructClauseContext or GroupKeywordContext
        or GroupMemberContext or CmocClauseContext or PrimaryDataKindContext or TierContext or QualifierContext or ChainClauseContext
        or FeedbackClauseContext or LinkClauseContext or MeasureClauseContext or LabelContext or NameContext or StringContext
        or CmocIdContext or NumericIdContext or PathStepContext or FactorRoleContext or ModeratorMemberContext
        // The base classes of labelled alternatives appear only when recovery failed before choosing one.
        or { RuleIndex: RULE_cmocInline or RULE_evidenceItem } and not (CmocArrowFormContext or CmocIfThenFormContext
            or CitationEvidenceContext or PrimaryDataEvidenceContext or DefaultSourceEvidenceContext);
}
