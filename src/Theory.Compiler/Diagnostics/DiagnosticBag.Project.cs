using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>TH3xxx: reading the project (theory.json, paths) and suppressions.</summary>
internal sealed partial class DiagnosticBag
{
    public void ReportInvalidProjectFile(Location location, string problem) => Add(DiagnosticDescriptors.InvalidProjectFile, location, problem);

    public void ReportUnknownDiagnosticId(Location location, string id) => Add(DiagnosticDescriptors.UnknownDiagnosticId, location, id);

    public void ReportSuppressionWithoutReason(Location location, string id) => Add(DiagnosticDescriptors.SuppressionWithoutReason, location, id);

    public void ReportUnusedSuppression(Location location, IEnumerable<string> ids) =>
        Add(DiagnosticDescriptors.UnusedSuppression, location, string.Join(", ", ids));

    // written: The path as the user wrote it.
    public void ReportPathNotFound(Location location, string written) => Add(DiagnosticDescriptors.PathNotFound, location, written);

    public void ReportUnreadableFile(string displayPath, string reason) =>
        Add(DiagnosticDescriptors.UnreadableFile, Location.OfFile(displayPath), displayPath, reason);

    // encoding: the encoding the file was read in ("Windows-1252").
    public void ReportLegacyEncoding(Location location, string displayPath, string encoding) =>
        Add(DiagnosticDescriptors.LegacyEncoding, location, displayPath, encoding);

    public void ReportNoTheoryFiles(string written) => Add(DiagnosticDescriptors.NoTheoryFiles, Location.OfFile(written), written);

    public void ReportSourceOutsideRoot(Location location, string source) => Add(DiagnosticDescriptors.SourceOutsideRoot, location, source);

    // what: the work that stopped ("`@string` expansion in this file"); consequence: what the answer leaves out.
    public void ReportLimitReached(Location location, string what, string limit, string consequence) =>
        Add(DiagnosticDescriptors.LimitReached, location, what, limit, consequence);

    // first: the entry file of the first theory left unchecked.
    public void ReportSharedFilesBoundTooOften(string first, long limit) =>
        Add(DiagnosticDescriptors.SharedFilesBoundTooOften, Location.OfFile(first), limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), first);

    public void ReportRefinedTheoryNotFound(Location? location, string theory, string refined, IEnumerable<string> known) =>
        Add(DiagnosticDescriptors.RefinedTheoryNotFound, location, theory, refined, DidYouMean(refined, known));

    public void ReportConstructRedefined(Location? location, string construct, string refined, Location? original) =>
        Add(DiagnosticDescriptors.ConstructRedefined, location,
            original is null ? [] : [new RelatedLocation(original, $"construct `{construct}` of theory `{refined}` is declared here")], construct, refined);
}
