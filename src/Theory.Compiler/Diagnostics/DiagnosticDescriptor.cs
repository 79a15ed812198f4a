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
    /// <summary>
    /// True for diagnostics that always stand as reported: syntax errors and problems reading the
    /// project. Neither theory.json nor a suppression comment can lower or hide them, because the
    /// outputs of a theory that was not read whole must never be marked valid.
    /// </summary>
    public bool NotConfigurable { get; init; }

    /// <summary>The documentation page for this ID, relative to the repository root.</summary>
    public string HelpPath => $"docs/diagnostics/{Id}.md";
}
