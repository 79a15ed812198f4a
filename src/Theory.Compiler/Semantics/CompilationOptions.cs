using System.Collections.Immutable;

namespace Theory.Semantics;

/// <summary>Settings that change what a compilation reports; usually read from theory.json.</summary>
public sealed record CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    /// <summary>The fewest distinct sources a CMOC needs (the seeds' rigour rule; default 2).</summary>
    public int MinimumSources { get; init; } = 2;

    /// <summary>Per diagnostic ID, a severity that replaces the default, or suppression.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> SpecificDiagnosticOptions { get; init; } =
        ImmutableDictionary.Create<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, imports must resolve inside this folder.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>
    /// Files the loader could not read, by full path, with the reason: an import of one of them is
    /// reported with that reason rather than as a missing file.
    /// </summary>
    public ImmutableDictionary<string, string> UnreadableFiles { get; init; } = ImmutableDictionary<string, string>.Empty;
}
