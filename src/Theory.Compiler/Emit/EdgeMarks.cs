using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit;

/// <summary>What the diagrams mark on an edge beyond its sign and loops: a maintained target, a necessary factor, a moderator's own mechanism.</summary>
internal static class EdgeMarks
{
    /// <summary>The sign an edge label shows: `=` when every claim says the target is `maintained`, which no sign states.</summary>
    public static string SignText(CausalEdge edge) =>
        edge.Claims.All(c => c.To.Qualifier == Qualifier.Maintained) ? "=" : edge.SignSummary;

    /// <summary>Whether a claim of the edge names its source a `necessary` factor.</summary>
    public static bool IsNecessary(CausalEdge edge) => edge.Claims.Any(c => c.From.FactorRole == FactorRole.Necessary);

    /// <summary>Whether the edge is asserted only by moderators acting through their own mechanisms.</summary>
    public static bool IsModeration(CausalEdge edge) => edge.Claims.All(c => c.Role == ClaimRole.ModeratorToMechanism);
}
