using System.Text;
using Theory.Emit.Json;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Adversarial;

/// <summary>
/// Small inputs that used to cause work far out of proportion to their size. Each must finish with
/// a bounded result and, where a limit cut the work short, a TH3009 that says so. The sizes are
/// ones that took minutes or gigabytes before; the tests assert results, not time.
/// </summary>
public class ResourceLimitTests
{
    private static string Names(string prefix, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"{prefix}{i}"));

    private static string Declarations(string prefix, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"construct {prefix}{i}\n"));

    // One CMOC with 400 contexts and 400 mechanisms (22 KB) once made 160,000 edge claims, each
    // with a text naming the 399 other contexts: 3 GB and 34 s.
    [Fact]
    public void A_cmoc_with_hundreds_of_contexts_and_mechanisms_enters_the_web_up_to_the_limit()
    {
        const int n = 400;
        var text = Declarations("c", n) + Declarations("m", n) + "construct o\n"
            + $"cmoc C1 {{\n  context {Names("c", n)}\n  mechanism {Names("m", n)}\n  outcome o\n}}\n";
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "wide.theory")]);

        var limits = compilation.GetDiagnostics().Where(d => d.Id == "TH3009").ToList();
        Assert.Equal(2, limits.Count);
        Assert.Contains(limits, d => d.Message.Contains("the list of contexts of CMOC `C1` reached its limit of 32 terms", StringComparison.Ordinal));
        Assert.Contains(limits, d => d.Message.EndsWith("the 368 after the first 32 assert no edges in the causal web", StringComparison.Ordinal));
        var claims = compilation.Web.Edges.Sum(e => e.Claims.Length);
        Assert.Equal((Limits.TermsPerRole * Limits.TermsPerRole) + Limits.TermsPerRole, claims);
        Assert.True(compilation.Web.Edges.SelectMany(e => e.Claims).Sum(c => (long)c.Circumstances.Length) < 50_000_000);
    }

    [Fact]
    public void A_cmoc_with_thousands_of_contexts_and_no_mechanism_is_capped_too()
    {
        const int n = 5_000;
        var text = Declarations("c", n) + "construct o\nconstruct p\n"
            + $"cmoc C1 {{\n  context {Names("c", n)}\n  outcome o, p\n}}\n";
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "wide.theory")]);

        Assert.Single(compilation.GetDiagnostics(), d => d.Id == "TH3009");
        Assert.Equal(Limits.TermsPerRole * 2, compilation.Web.Edges.Sum(e => e.Claims.Length));
        using var json = new MemoryStream();
        JsonModelEmitter.WriteTo(compilation, json);
        Assert.InRange(json.Length, 1, 50_000_000);
    }

    [Fact]
    public void A_cmoc_at_the_limit_is_whole_and_reports_nothing()
    {
        var n = Limits.TermsPerRole;
        var text = Declarations("c", n) + Declarations("m", n) + "construct o\n"
            + $"cmoc C1 {{\n  context {Names("c", n)}\n  mechanism {Names("m", n)}\n  outcome o\n}}\n";
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "wide.theory")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "TH3009");
        Assert.Equal((n * n) + n, compilation.Web.Edges.Sum(e => e.Claims.Length));
    }
}
