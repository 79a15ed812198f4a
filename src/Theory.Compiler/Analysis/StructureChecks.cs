using Theory.Binding;
using Theory.Diagnostics;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>The shape of each claim: a CMOC needs context, mechanism and outcome; a link is an open question.</summary>
internal static class StructureChecks
{
    // Words that name what a programme does rather than how people respond to it.
    private static readonly string[] StrategyWords = ["intervention", "programme", "program", "strategy", "initiative", "policy"];

    public static void Run(AnalysisContext context)
    {
        foreach (var cmoc in context.Binding.Cmocs)
        {
            // An early theory may not know its mechanisms yet; one refined or tested against the
            // evidence must (docs/diagnostics/TH2101.md).
            if (!cmoc.HasMechanism && cmoc.Status is ClaimStatus.Refined or ClaimStatus.Tested)
                context.Diagnostics.ReportMissingMechanismAfterRefinement(cmoc.Location, cmoc.Name, EnumText(cmoc.Status));
            else if (!cmoc.HasMechanism)
                context.Diagnostics.ReportMissingMechanism(cmoc.Location, cmoc.Name);
            if (cmoc.Contexts.IsEmpty)
                context.Diagnostics.ReportMissingContext(cmoc.Location, cmoc.Name);
            if (cmoc.Outcomes.IsEmpty)
                context.Diagnostics.ReportMissingOutcome(cmoc.Location, cmoc.Name);

            foreach (var mechanism in cmoc.Mechanisms)
                if (mechanism.Construct is { } construct && DescribeStrategy(construct) is { } description)
                    context.Diagnostics.ReportMechanismIsIntervention(mechanism.Syntax.GetLocation(), construct.Name, cmoc.Name, description);

            var contexts = cmoc.Contexts.Select(c => c.Construct).OfType<ConstructSymbol>().ToHashSet();
            foreach (var outcome in cmoc.Outcomes)
                if (outcome.Construct is { } construct && contexts.Contains(construct))
                    context.Diagnostics.ReportOutcomeIsContext(outcome.Syntax.GetLocation(), construct.Name, cmoc.Name);
        }

        CheckSigns(context);

        foreach (var link in context.Binding.Links)
        {
            var targets = string.Join(", ", link.Targets.Select(t => t.ToString()).Concat(link.TargetGroups.OfType<GroupSymbol>().Select(g => g.Name)));
            var source = link.Source?.ToString() ?? link.SourceGroup?.Name ?? "";
            var text = link.IsNamed ? $"`{link.Name}` ({source} -> {targets})" : $"`{source} -> {targets}`";
            context.Diagnostics.ReportLinkWithoutMechanism(link.Location, text);
        }
    }

    private static string EnumText(ClaimStatus status) => Vocabulary.Statuses.KeywordOf(status) ?? status.ToString().ToLowerInvariant();

    /// <summary>
    /// A web whose edges are mostly unsigned makes the sign checks silent: say so once, so "no
    /// problems found" is never printed over an all-grey web.
    /// </summary>
    public static void CheckSigns(AnalysisContext context)
    {
        var edges = context.Web.Edges;
        var unsigned = edges.Count(e => !e.Sign.IsDefinite());
        if (edges.Length < MinimumEdgesForSignSummary || unsigned * 2 <= edges.Length)
            return;
        var location = context.Binding.Theory?.Location ?? edges.First(e => !e.Sign.IsDefinite()).Claims[0].Location;
        context.Diagnostics.ReportMostlyUnsignedWeb(location, unsigned, edges.Length);
    }

    // A sketch of two or three links is too small to judge.
    private const int MinimumEdgesForSignSummary = 4;

    private static string? DescribeStrategy(ConstructSymbol construct)
    {
        if (construct.ConstructKind == ConstructKind.Intervention)
            return "is declared `kind intervention`";
        if (construct.ConstructKind == ConstructKind.Strategy)
            return "is declared `kind strategy`";
        if (construct.ConstructKind != ConstructKind.Unspecified)
            return null;
        var words = NameNormaliser.Normalise(construct.Name + " " + (construct.Label ?? "")).Split('_');
        var word = StrategyWords.FirstOrDefault(w => words.Contains(w, StringComparer.Ordinal));
        return word is null ? null : $"names a programme strategy (\"{word}\")";
    }
}
