using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static Theory.Syntax.Parsing.Generated.TheoryParser;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Says where the parser was when it failed, in the author's terms: "CMOC `CF1`",
/// "after the context list". Reads ANTLR contexts; used only to word diagnostics.
/// </summary>
internal static class ParserContextDescriber
{
    /// <summary>The nearest enclosing declaration, e.g. "CMOC `CF1`", or null at top level.</summary>
    public static string? DescribeOwner(RuleContext? context)
    {
        for (var ctx = context; ctx is not null; ctx = ctx.Parent)
        {
            var noun = ctx switch
            {
                TheoryDeclarationContext => "the theory header",
                ImportDeclarationContext => "an import",
                StagesDeclarationContext => "the stages declaration",
                TypologyDeclarationContext => "typology",
                TypeDeclarationContext => "type",
                ConstructDeclarationContext => "construct",
                GroupDeclarationContext g => g.groupKeyword()?.GetText() is { Length: > 0 } k ? k : "group",
                CmocDeclarationContext => "CMOC",
                ChainDeclarationContext => "chain",
                FeedbackDeclarationContext => "feedback loop",
                LinkDeclarationContext => "a link",
                MeasureDeclarationContext => "measure",
                _ => null,
            };
            if (noun is null)
                continue;
            if (noun.StartsWith("the ", StringComparison.Ordinal) || noun.StartsWith("a", StringComparison.Ordinal) && noun.Contains(' '))
                return noun;
            var name = NameOf((ParserRuleContext)ctx);
            return name is null ? $"a {noun}" : $"{noun} `{name}`";
        }

        return null;
    }

    /// <summary>What the parser had just read, e.g. "the context list" or "`trust`".</summary>
    public static string? DescribePreceding(ParserRuleContext context, IToken? previousToken)
    {
        ParserRuleContext? list = null;
        ParserRuleContext? from = null;
        var ctx = context;
        while (ctx is TermListContext or TermContext or QualifiedNameContext or NameContext or TierContext or QualifierContext
            or StringContext or LabelContext or FactorRoleContext or PathStepContext or CmocIdContext or NumericIdContext)
        {
            if (ctx is TermListContext)
                list = ctx;
            from = ctx;
            ctx = (ParserRuleContext)ctx.Parent;
        }

        // A list with at least one complete term is named by its role; an empty one by the token before it.
        if (list is not null && list.children?.OfType<TermContext>().Any(t => t.exception is null && t.ChildCount > 0) == true)
            return RoleOfList(list);

        // Between declarations the owner alone says enough ("in mrt `m`").
        if (ctx is CompilationUnitContext or GroupBodyContext)
            return previousToken is { Type: RBRACE } ? null : DescribeToken(previousToken);

        var last = ctx.children?.LastOrDefault(c => c is not IErrorNode && c != from && (c is not ParserRuleContext r || r.ChildCount > 0));
        while (last is ParserRuleContext wrapper && IsWrapper(wrapper) && wrapper.ChildCount == 1)
            last = wrapper.GetChild(0);
        return last switch
        {
            TermListContext l => RoleOfList(l),
            ContextClauseContext => "the context list",
            MechanismClauseContext => "the mechanism",
            OutcomeClauseContext => "the outcomes",
            ParserRuleContext rule when rule.GetType().Name.EndsWith("ClauseContext", StringComparison.Ordinal) && rule.Start.Type > 0
                => $"the `{rule.Start.Text}` clause",
            _ => DescribeToken(previousToken),
        };
    }

    private static string? DescribeToken(IToken? token) => token is { Type: > 0 } ? $"`{token.Text}`" : null;

    private static string? RoleOfList(ParserRuleContext list)
    {
        switch (list.Parent)
        {
            case ContextClauseContext:
                return "the context list";
            case MechanismClauseContext or ReasoningClauseContext or ResourceClauseContext:
                return "the mechanism";
            case OutcomeClauseContext:
                return "the outcomes";
            case ConditionClauseContext:
                return "the condition";
            case LinkDeclarationContext:
                return "the link's targets";
            case CmocArrowFormContext or CmocIfThenFormContext:
                var parent = (ParserRuleContext)list.Parent;
                var index = parent.children.IndexOf(list);
                var marker = index > 0 ? parent.children[index - 1] as ITerminalNode : null;
                return marker?.Symbol.Type switch
                {
                    COLON or IF => "the context list",
                    FAT_ARROW or BECAUSE => "the mechanism",
                    ARROW or THEN => "the outcomes",
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static bool IsWrapper(ParserRuleContext ctx) => ctx is CmocClauseContext or ConstructClauseContext or TheoryClauseContext
        or LinkClauseContext or FeedbackClauseContext or MeasureClauseContext or ChainClauseContext or GroupMemberContext
        or MemberDeclarationContext or DeclarationContext or TypologyMemberContext;

    private static string? NameOf(ParserRuleContext ctx)
    {
        ParserRuleContext? name = ctx.GetChild<NameContext>(0) ?? (ParserRuleContext?)ctx.GetChild<CmocIdContext>(0);
        var text = name?.GetText();
        return string.IsNullOrEmpty(text) || text.StartsWith("<missing", StringComparison.Ordinal) ? null : text;
    }
}
