using System.Collections.Immutable;
using Theory.Diagnostics;

namespace Theory.Syntax.Parsing;

internal sealed record ParseResult(CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics);
