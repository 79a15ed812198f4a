using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>TH20xx: names, declarations and imports.</summary>
internal sealed partial class DiagnosticBag
{
    // noun: "construct", or "construct or group" where a group may stand in.
    public void ReportUndefinedConstruct(Location location, string noun, string written, IEnumerable<string> declared) =>
        Add(DiagnosticDescriptors.UndefinedConstruct, location, noun, written, DidYouMean(written, declared));

    public void ReportUndefinedCmoc(Location location, string written, IEnumerable<string> declared) =>
        Add(DiagnosticDescriptors.UndefinedCmoc, location, written, DidYouMean(written, declared));

    public void ReportUndefinedStage(Location location, string written, IEnumerable<string> declaredInOrder) =>
        Add(DiagnosticDescriptors.UndefinedStage, location, written, string.Join(", ", declaredInOrder.Select(s => "`" + s + "`")));

    public void ReportUndefinedType(Location location, string written, IReadOnlyCollection<string> declared)
    {
        var hint = DidYouMean(written, declared);
        Add(DiagnosticDescriptors.UndefinedType, location, written, hint.Length == 0 && declared.Count == 0 ? "; no typology is declared" : hint);
    }

    public void ReportInvalidValue(Location location, string what, string written, string expected) =>
        Add(DiagnosticDescriptors.InvalidValue, location, what, written, expected);

    /// <summary>A value that must be one of a few words; the nearest (ignoring case) is offered first.</summary>
    public void ReportInvalidChoice(Location location, string what, string written, IReadOnlyList<string> allowed)
    {
        var expected = string.Join(", ", allowed.Select(a => "`" + a + "`"));
        if (SpellingSuggestion.Suggest(written, allowed, ignoreCase: true) is { } suggestion)
            expected = $"`{suggestion}`? ({expected})";
        Add(DiagnosticDescriptors.InvalidValue, location, what, written, expected);
    }

    public void ReportDuplicateDeclaration(Location location, string noun, string name, ImmutableArray<RelatedLocation> first) =>
        Add(DiagnosticDescriptors.DuplicateDeclaration, location, first, noun, name);

    public void ReportAliasClaimedTwice(Location location, string alias, string owner, string claimant, ImmutableArray<RelatedLocation> other) =>
        Add(DiagnosticDescriptors.AliasClaimedTwice, location, other, alias, owner, claimant);

    public void ReportAliasIsConstructName(Location location, string alias, string construct, string named, ImmutableArray<RelatedLocation> other) =>
        Add(DiagnosticDescriptors.AliasIsConstructName, location, other, alias, construct, named);

    public void ReportUnusedConstruct(Location? location, string construct) =>
        Add(DiagnosticDescriptors.UnusedConstruct, location, construct);

    public void ReportUnresolvedImport(Location location, string written, string reason) =>
        Add(DiagnosticDescriptors.UnresolvedImport, location, written, reason);

    // circle: The files in the circle, by name, the first repeated at the end.
    public void ReportCircularImport(Location location, IEnumerable<string> circle) =>
        Add(DiagnosticDescriptors.CircularImport, location, string.Join(" -> ", circle));

    public void ReportImportOutsideRoot(Location location, string written, string root) =>
        Add(DiagnosticDescriptors.ImportOutsideRoot, location, written, root);

    // written: "level" or "direction": what the qualifier is.
    public void ReportEvidenceWithoutSource(Location location, string item, string reason) =>
        Add(DiagnosticDescriptors.EvidenceWithoutSource, location, item, reason);

    public void ReportMisplacedFactorRole(Location location, string role, string terms) =>
        Add(DiagnosticDescriptors.MisplacedFactorRole, location, role, terms);

    public void ReportMisplacedQualifier(Location location, string qualifier, string written, string role, string expected) =>
        Add(DiagnosticDescriptors.MisplacedQualifier, location, qualifier, written, role, expected);

    // what, other: "construct", "CMOC", ...; difference: the characters that set them apart, as code points.
    public void ReportConfusableNames(Location location, string what, string name, string otherWhat, string other, string difference, Location otherLocation) =>
        Add(DiagnosticDescriptors.ConfusableNames, location, [new RelatedLocation(otherLocation, $"`{other}` is declared here")], what, name, otherWhat, other, difference);

    // scripts: the two scripts mixed ("Latin", "Cyrillic"); letters: the letters of the second, as code points.
    public void ReportMixedScriptName(Location location, string what, string name, string script, string otherScript, string letters) =>
        Add(DiagnosticDescriptors.MixedScriptName, location, what, name, script, otherScript, letters);
}
