using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>TH21xx to TH25xx: what the checks of structure, cycles, contradictions, chains and evidence report.</summary>
internal sealed partial class DiagnosticBag
{
    public void ReportMissingMechanism(Location? location, string cmoc) => Add(DiagnosticDescriptors.MissingMechanism, location, cmoc, "");

    /// <summary>A black box in a CMOC that has been refined or tested is an error: by then its mechanism should be known.</summary>
    public void ReportMissingMechanismAfterRefinement(Location? location, string cmoc, string status)
    {
        if (location is not null)
            _diagnostics.Add(new Diagnostic(DiagnosticDescriptors.MissingMechanism, location,
                [cmoc, $", although its status is `{status}`: a refined or tested CMOC must name its mechanism"], [], DiagnosticSeverity.Error));
    }

    public void ReportContradictoryTerms(Location? location, string claim, string construct, string role, string first, string second, RelatedLocation firstLocation) =>
        Add(DiagnosticDescriptors.ContradictoryTerms, location, [firstLocation], claim, construct, role, first, second);

    public void ReportUnsatisfiableConditions(Location? location, string claim, IEnumerable<string> parts) =>
        Add(DiagnosticDescriptors.UnsatisfiableConditions, location, claim, string.Join(" and ", parts.Select(p => $"`{p}`")));

    public void ReportMostlyUnsignedWeb(Location? location, int unsigned, int edges) =>
        Add(DiagnosticDescriptors.MostlyUnsignedWeb, location, unsigned.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            edges.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));

    public void ReportContainedCmoc(Location? location, string smaller, string larger, Location? largerLocation) =>
        Add(DiagnosticDescriptors.ContainedCmoc, location,
            largerLocation is null ? [] : [new RelatedLocation(largerLocation, $"CMOC `{larger}` is declared here")], smaller, larger);

    public void ReportNecessaryFactorAbsent(Location? location, string claim, string outcome, string factor, string level, string necessaryIn, Location? necessaryLocation) =>
        Add(DiagnosticDescriptors.NecessaryFactorAbsent, location,
            necessaryLocation is null ? [] : [new RelatedLocation(necessaryLocation, $"{necessaryIn} says `{factor}` is necessary here")], claim, outcome, factor, level, necessaryIn);

    public void ReportMaintainedContradicted(Location? location, string claim, string source, string target, string other, string circumstance, Location? otherLocation) =>
        Add(DiagnosticDescriptors.MaintainedContradicted, location,
            otherLocation is null ? [] : [new RelatedLocation(otherLocation, $"{other} says `{target}` decreases here")], claim, source, target, other, circumstance);

    public void ReportMirroredClaim(Location? location, string claim, string other, Location? otherLocation) =>
        Add(DiagnosticDescriptors.MirroredClaim, location,
            otherLocation is null ? [] : [new RelatedLocation(otherLocation, $"{other} is declared here")], claim, other);

    public void ReportMissingContext(Location? location, string cmoc) => Add(DiagnosticDescriptors.MissingContext, location, cmoc);

    public void ReportMissingOutcome(Location? location, string cmoc) => Add(DiagnosticDescriptors.MissingOutcome, location, cmoc);

    // why: Why the construct is a strategy, as a clause: "is declared `kind intervention`".
    public void ReportMechanismIsIntervention(Location? location, string construct, string cmoc, string why) =>
        Add(DiagnosticDescriptors.MechanismIsIntervention, location, construct, cmoc, why);

    public void ReportOutcomeIsContext(Location? location, string construct, string cmoc) =>
        Add(DiagnosticDescriptors.OutcomeIsContext, location, construct, cmoc);

    // link: The link as a reader knows it: `name` (a -> b), or `a -> b`.
    public void ReportLinkWithoutMechanism(Location? location, string link) => Add(DiagnosticDescriptors.LinkWithoutMechanism, location, link);

    // cycle: The cycle and what else its tangle takes in, as text.
    public void ReportUndeclaredCycle(Location? location, string cycle, string polarity, string declaration, ImmutableArray<RelatedLocation> edges) =>
        Add(DiagnosticDescriptors.UndeclaredCycle, location, edges, cycle, polarity, declaration);

    public void ReportLoopNotInWeb(Location? location, string loop, string path, IEnumerable<string> missingEdges) =>
        Add(DiagnosticDescriptors.LoopNotInWeb, location, loop, $"`{path}`", string.Join(" or ", missingEdges));

    public void ReportLoopPolarityMismatch(Location? location, string loop, string declared, string computed, string signs, ImmutableArray<RelatedLocation> edges) =>
        Add(DiagnosticDescriptors.LoopPolarityMismatch, location, edges, loop, declared, computed, signs);

    public void ReportContradictoryClaims(Location? location, string positiveClaim, string from, string to, string negativeClaim, RelatedLocation other) =>
        Add(DiagnosticDescriptors.ContradictoryClaims, location, [other], positiveClaim, from, to, "positive", negativeClaim, "negative");

    public void ReportDuplicateCmoc(Location? location, string cmoc, string first, Location? firstLocation) =>
        Add(DiagnosticDescriptors.DuplicateCmoc, location,
            firstLocation is null ? [] : [new RelatedLocation(firstLocation, $"CMOC `{first}` is declared here")], cmoc, first);

    // `circumstance` is empty in the base web; otherwise where both paths hold (" when high conflict").
    public void ReportOpposingPaths(Location? location, string from, string to, string positivePath, string negativePath, string circumstance, ImmutableArray<RelatedLocation> edges) =>
        Add(DiagnosticDescriptors.OpposingPaths, location, edges, from, to, positivePath, negativePath, circumstance);

    public void ReportChainBreak(Location? location, string chain, string from, string to, string outcomes, string contexts) =>
        Add(DiagnosticDescriptors.ChainBreak, location, chain, from, to, outcomes, contexts);

    public void ReportChainAgainstStages(Location? location, string chain, string from, string earlyStage, string to, string lateStage) =>
        Add(DiagnosticDescriptors.ChainAgainstStages, location, chain, from, earlyStage, to, lateStage);

    public void ReportUnknownCitation(Location location, string key, IEnumerable<string> knownKeys) =>
        Add(DiagnosticDescriptors.UnknownCitation, location, key, DidYouMean(key, knownKeys, prefix: "@"));

    // claim: The claim as messages name it: "CMOC `A1`".
    public void ReportTooFewSources(Location? location, string claim, int count, int minimum) =>
        Add(DiagnosticDescriptors.TooFewSources, location, claim, count, Plural(count), minimum);

    public void ReportNoEvidence(Location? location, string claim) => Add(DiagnosticDescriptors.NoEvidence, location, claim);

    public void ReportUncitedEntry(Location? location, string key) => Add(DiagnosticDescriptors.UncitedEntry, location, key);

    public void ReportNoBibliography(Location? firstCitation) => Add(DiagnosticDescriptors.NoBibliography, firstCitation);

    public void ReportBibliographyNotFound(Location location, string written, string reason) =>
        Add(DiagnosticDescriptors.BibliographyNotFound, location, written, reason);

    public void ReportBibTexSyntax(Location location, string message) => Add(DiagnosticDescriptors.BibTexSyntax, location, message);
}
