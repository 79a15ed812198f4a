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
}
