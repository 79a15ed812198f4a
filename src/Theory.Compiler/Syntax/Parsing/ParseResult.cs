using System.Collections.Immutable;
using Theory.Diagnostics;

namespace Theory.Syntax.Parsing;

internal sealed record ParseResult(CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// True when the fast path made the tree (no recovery): every token the parser reads is in it,
    /// in order, so its declarations can be laid over the same tokens of an edited text.
    /// </summary>
    public bool WithoutRecovery { get; init; }

    /// <summary>
    /// How many tokens an incremental parse had the parser read (for tests and benchmarks); null
    /// when the file was parsed whole.
    /// </summary>
    public int? ReparsedTokens { get; init; }
}
