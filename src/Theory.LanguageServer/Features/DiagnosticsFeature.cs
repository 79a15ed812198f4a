using Theory.Diagnostics;
using Theory.LanguageServer.Protocol;
using Location = Theory.LanguageServer.Protocol.Location;

namespace Theory.LanguageServer.Features;

/// <summary>
/// The workspace's diagnostics as the protocol publishes them: per file, with the same IDs,
/// severities, messages and related locations as `theory check`, and a link to each ID's page.
/// </summary>
internal static class DiagnosticsFeature
{
    /// <summary>Every file's diagnostics, by full path; files without any are absent.</summary>
    public static Dictionary<string, LspDiagnostic[]> Collect(TheorySession session, Func<string, string?> helpUri)
    {
        var byPath = new Dictionary<string, List<LspDiagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in session.Workspace.GetDiagnostics())
        {
            // "No .theory files here" is about the folder the editor opened, not a file to mark.
            if (diagnostic.Id == DiagnosticDescriptors.NoTheoryFiles.Id)
                continue;
            if (session.PathOf(diagnostic.Location) is not { } path || Directory.Exists(path))
                continue;
            if (!byPath.TryGetValue(path, out var list))
                byPath[path] = list = [];
            list.Add(Convert(session, diagnostic, helpUri));
        }

        return byPath.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    public static LspDiagnostic Convert(TheorySession session, Diagnostic diagnostic, Func<string, string?> helpUri)
    {
        var related = diagnostic.RelatedLocations
            .Select(r => session.PathOf(r.Location) is { } path
                ? new DiagnosticRelatedInformation(new Location(DocumentUri.FromPath(path), LspText.ToRange(r.Location.Text, r.Location.Span)), r.Message)
                : null)
            .OfType<DiagnosticRelatedInformation>()
            .ToArray();
        return new LspDiagnostic(
            LspText.ToRange(diagnostic.Location.Text, diagnostic.Location.Span),
            diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => 1,
                DiagnosticSeverity.Warning => 2,
                _ => 3,
            },
            diagnostic.Id,
            helpUri(diagnostic.Id) is { } href ? new CodeDescription(href) : null,
            "theory",
            diagnostic.Message,
            related.Length == 0 ? null : related);
    }
}
