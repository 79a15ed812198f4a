using System.Collections.Immutable;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Text;

namespace Theory.Analysis;

/// <summary>What every check reads (the bound theory and the options) and where it reports.</summary>
internal sealed class AnalysisContext(BindingResult binding, CompilationOptions options)
{
    public BindingResult Binding { get; } = binding;

    public CompilationOptions Options { get; } = options;

    public CausalWeb Web => Binding.Web;

    /// <summary>Which constructs are declared inverses of which, for the sign algebra.</summary>
    public InverseClasses Inverses => _inverses ??= new InverseClasses(Web);

    private InverseClasses? _inverses;

    /// <summary>Where checks report: `context.Diagnostics.ReportUndeclaredCycle(...)`.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>
    /// A context that reads the same theory (and the same inverse classes, made here first) but
    /// reports into its own bag, so checks can run at the same time without sharing a list.
    /// </summary>
    public AnalysisContext Fork() => new(Binding, Options) { _inverses = Inverses };

    /// <summary>How a claim is named in messages: "CMOC `CF1`" or "link `a->b`".</summary>
    public static string Describe(ClaimSymbol claim) => claim is CmocSymbol ? $"CMOC `{claim.Name}`" : $"link `{claim.Name}`";

    /// <summary>The edge as it holds in the web of <paramref name="circumstance"/>: the most specific claim that puts it there, and its sign there.</summary>
    public static RelatedLocation RelatedEdge(CausalEdge edge, Circumstance circumstance)
    {
        if (circumstance.IsUnconditional)
            return RelatedEdge(edge);
        var claims = edge.ClaimsUnder(circumstance);
        return claims.IsEmpty || edge.SignUnder(circumstance) is not { } sign ? RelatedEdge(edge) : Asserts(edge, claims, sign);
    }

    public static RelatedLocation RelatedEdge(CausalEdge edge) => Asserts(edge, edge.Claims, edge.Sign);

    // "CMOC `C1` asserts `a -> b` (+) (and 2 more)", at the first claim.
    private static RelatedLocation Asserts(CausalEdge edge, IReadOnlyList<EdgeClaim> claims, Sign sign)
    {
        var also = claims.Count > 1 ? $" (and {claims.Count - 1} more)" : "";
        return new RelatedLocation(claims[0].Location, $"{Describe(claims[0].Claim)} asserts `{edge.From.Name} -> {edge.To.Name}` ({sign.ToSymbol()}){also}");
    }
}
