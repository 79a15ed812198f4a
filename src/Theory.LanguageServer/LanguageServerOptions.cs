namespace Theory.LanguageServer;

/// <summary>How a host runs the server.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>
    /// The address of a diagnostic ID's documentation page, sent as the diagnostic's
    /// `codeDescription`; null (the default) sends none. A client's `initializationOptions.helpBaseUri`
    /// overrides it with BASE + ID + ".md".
    /// </summary>
    public Func<string, string?> HelpUri { get; init; } = _ => null;

    /// <summary>How long after the last keystroke diagnostics are computed, so a burst of typing is checked once.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The server's version, as `initialize` reports it.</summary>
    public string Version { get; init; } = "0.0.0";
}
