using System.Collections.Immutable;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Semantics;

/// <summary>
/// A `// suppress TH2101: reason` comment. It silences the listed IDs inside the declaration it
/// precedes (or, when it stands among a declaration's clauses, the declaration it sits in).
/// </summary>
internal sealed record Suppression(ImmutableArray<string> Ids, string? Reason, Location Comment, SyntaxTree Tree, TextSpan Scope);
