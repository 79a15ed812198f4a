using System.Text;
using Theory.Emit.Json;
using Theory.Semantics;
using Theory.Projects;
using Theory.Syntax;
using Theory.Text;

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

    // Each key was found by searching the whole text again: 150,000 keys took 50 s.
    [Fact]
    public void A_theory_json_with_150000_diagnostics_keys_is_read_in_one_pass()
    {
        const int count = 150_000;
        var json = new StringBuilder("{ \"diagnostics\": {\n");
        for (var i = 0; i < count; i++)
            json.Append($"  \"XX{i}\": \"none\",\n");
        json.Append("  \"TH2009\": \"error\"\n} }\n");
        var text = SourceText.From(json.ToString(), "theory.json");

        var settings = ProjectSettings.Parse(text, "/p", out var diagnostics);

        Assert.Equal(count, diagnostics.Count(d => d.Id == "TH3002"));
        Assert.Equal(ReportDiagnostic.Error, settings.Diagnostics["TH2009"]);
        var last = diagnostics.Last(d => d.Id == "TH3002");
        Assert.Equal($"\"XX{count - 1}\"", text.ToString(last.Location.Span));
    }

    [Fact]
    public void Keys_written_with_escapes_or_after_comments_are_located_where_they_are_written()
    {
        var text = SourceText.From("""
            // "TH9999" in a comment is not the key
            { "diagnostics": { "TH\u0039999": "none", "TH2009": "loud" } }
            """, "theory.json");

        ProjectSettings.Parse(text, "/p", out var diagnostics);

        var unknown = Assert.Single(diagnostics, d => d.Id == "TH3002");
        Assert.Equal(1, unknown.Location.LineSpan.Start.Line);
        Assert.StartsWith("\"TH\\u0039999\"", text.ToString(unknown.Location.Span), StringComparison.Ordinal);
        var invalid = Assert.Single(diagnostics, d => d.Id == "TH3001");
        Assert.StartsWith("\"TH2009\"", text.ToString()[invalid.Location.Span.Start..], StringComparison.Ordinal);
    }

    // A query in a dense web spent its whole step budget among constructs that cannot reach the
    // target, and answered "no path" although a path of six links existed.
    [Fact]
    public void A_path_query_finds_a_path_beside_a_dense_tangle_it_cannot_use()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20; i++)
            text.Append($"construct d{i}\n");
        text.Append("construct c1\nconstruct c2\nconstruct c3\nconstruct c4\nconstruct c5\nconstruct t\n");
        var k = 0;
        for (var a = 0; a < 20; a++)
            for (var b = 0; b < 20; b++)
                if (a != b)
                    text.Append($"link L{k++}: d{a} -> d{b}\n");
        text.Append("link C1: d0 -> c1\nlink C2: c1 -> c2\nlink C3: c2 -> c3\nlink C4: c3 -> c4\nlink C5: c4 -> c5\nlink C6: c5 -> t\n");
        var compilation = Compilation.Create([SyntaxTree.ParseText(text.ToString(), "dense.theory")]);

        var paths = compilation.Web.FindPaths(compilation.GetConstruct("d0")!, compilation.GetConstruct("t")!, maxLength: 8);

        var path = Assert.Single(paths);
        Assert.Equal(6, path.Edges.Length);
    }
}

