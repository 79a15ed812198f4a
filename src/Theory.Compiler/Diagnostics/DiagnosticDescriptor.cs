namespace Theory.Diagnostics;

/// <summary>
/// What a diagnostic is, independent of where it occurs: a stable ID (TH1001), a default
/// severity, a title, a message format with {0}-style placeholders, and a help text that says
/// how to fix it. Every descriptor is declared once, in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverity DefaultSeverity,
    string Category,
    string Help)
{
    /// <summary>The documentation page for this ID, relative to the repository root.</summary>
    public string HelpPath => $"docs/diagnostics/{Id}.md";
}
