namespace Theory.Semantics;

/// <summary>What a project makes of a diagnostic ID: drop it, or report it at a chosen severity.</summary>
public enum ReportDiagnostic
{
    Suppress,
    Info,
    Warning,
    Error,
}
