using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>Collects diagnostics; one method per diagnostic so call sites read like sentences.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    public int Count => _diagnostics.Count;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        _diagnostics.Add(new Diagnostic(descriptor, location, [.. arguments], []));

    public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableArray<RelatedLocation> related, params object[] arguments) =>
        _diagnostics.Add(new Diagnostic(descriptor, location, [.. arguments], related));

    public void ReportUnexpectedToken(Location location, string expected, string found) =>
        Report(DiagnosticDescriptors.UnexpectedToken, location, expected, found);

    public void ReportMissingToken(Location location, string expected, string where) =>
        Report(DiagnosticDescriptors.MissingToken, location, expected, where);

    public void ReportUnterminatedString(Location location) =>
        Report(DiagnosticDescriptors.UnterminatedString, location);

    public void ReportUnterminatedComment(Location location) =>
        Report(DiagnosticDescriptors.UnterminatedComment, location);

    public void ReportInvalidCharacters(Location location, string characters) =>
        Report(DiagnosticDescriptors.InvalidCharacters, location, characters.Length > 1 ? "s" : "", DisplayText.Quote(characters));

    public void ReportUnclosedBrace(Location location, string owner, Location openBrace) =>
        Report(DiagnosticDescriptors.UnclosedBrace, location, [new RelatedLocation(openBrace, "the block opens here")], owner);

    public void ReportUnexpectedEndOfFile(Location location, string owner, string expected) =>
        Report(DiagnosticDescriptors.UnexpectedEndOfFile, location, owner, expected);

    public void ReportInvalidEscapeSequence(Location location, string escape) =>
        Report(DiagnosticDescriptors.InvalidEscapeSequence, location, escape);

    public void ReportTooDeeplyNested(Location location, int limit) =>
        Report(DiagnosticDescriptors.TooDeeplyNested, location, limit);

    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _diagnostics.Order(DiagnosticOrder.Instance)];
}
