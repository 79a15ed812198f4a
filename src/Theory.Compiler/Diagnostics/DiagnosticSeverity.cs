namespace Theory.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered so that comparisons read naturally (Error &gt; Warning).</summary>
public enum DiagnosticSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
