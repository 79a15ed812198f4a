using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TheoryDiagnostic = Theory.Diagnostics.Diagnostic;
using TheorySeverity = Theory.Diagnostics.DiagnosticSeverity;

namespace Theory.SourceGenerator;

/// <summary>Theory diagnostics as Roslyn diagnostics: same ID, severity, message and .theory location.</summary>
internal static class BuildDiagnostics
{
    /// <param name="diagnostic">A theory diagnostic.</param>
    /// <param name="fullPath">The full path of a text the workspace read: build tools show and link full paths.</param>
    public static Diagnostic From(TheoryDiagnostic diagnostic, Func<Theory.Text.SourceText, string> fullPath)
    {
        var descriptor = new DiagnosticDescriptor(
            diagnostic.Id,
            diagnostic.Descriptor.Title,
            "{0}",
            "Theory." + diagnostic.Descriptor.Category,
            Severity(diagnostic.Severity),
            isEnabledByDefault: true,
            // No help URL: the docs live in the repository (and `theory explain ID` prints them).
            description: diagnostic.Descriptor.Help + " See " + diagnostic.Descriptor.HelpPath + " or run `theory explain " + diagnostic.Id + "`.");
        var location = diagnostic.Location;
        var span = location.LineSpan;
        var roslynLocation = Location.Create(
            fullPath(location.Text),
            new TextSpan(location.Span.Start, location.Span.Length),
            new LinePositionSpan(new LinePosition(span.Start.Line, span.Start.Character), new LinePosition(span.End.Line, span.End.Character)));
        return Diagnostic.Create(descriptor, roslynLocation, diagnostic.Message);
    }

    private static DiagnosticSeverity Severity(TheorySeverity severity) => severity switch
    {
        TheorySeverity.Error => DiagnosticSeverity.Error,
        TheorySeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
