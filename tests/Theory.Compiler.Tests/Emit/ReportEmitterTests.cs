using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Theory.Emit.Report;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// The report page without a browser: one self-contained file, its scripts exactly the ones the
/// Content Security Policy allows by hash, theory text unable to close the data block or add
/// markup, and the same bytes every time.
/// </summary>
public partial class ReportEmitterTests
{
    private const string Svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"construct:a\" class=\"node\"></g></svg>\n";

    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);

    [Fact]
    public void The_page_is_self_contained_and_its_policy_allows_exactly_its_own_scripts()
    {
        var page = ReportEmitter.Emit(Compile("construct a\nconstruct b\nconstruct c\ncmoc C1: high a => increased b -> increased c\n"), Svg, []);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", page, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(src|href)=""https?:", page);

        var policy = Regex.Match(page, "script-src ([^;]+);").Groups[1].Value.Split(' ');
        var scripts = Scripts().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal(scripts.Select(s => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s))) + "'"), policy);
        Assert.Contains("svg-pan-zoom 3.6.2", page, StringComparison.Ordinal);
        Assert.Contains("Redistribution and use in source and binary forms", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Theory_text_cannot_close_the_data_block_or_add_markup()
    {
        const string hostile = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)> & é";
        var compilation = Compile($"theory T \"{hostile}\" {{}}\nconstruct a \"{hostile}\" {{ description \"{hostile}\" }}\nconstruct b\nconstruct c\ncmoc C1 \"{hostile}\": high a => increased b -> increased c\n  evidence interview \"{hostile}\" quote \"{hostile}\"\n");
        var page = ReportEmitter.Emit(compilation, Svg, compilation.GetDiagnostics());
        Assert.Equal(3, Regex.Matches(page, "<script").Count); // the data block and the two scripts, no more
        Assert.Equal(3, Regex.Matches(page, "</script>").Count);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- <", page, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)", page, StringComparison.Ordinal); // the title, as text
    }

    [Fact]
    public void The_same_theory_gives_the_same_bytes()
    {
        const string text = "construct a \"A\"\nconstruct b\nconstruct c\ncmoc C1: high a => increased b -> increased c\n  evidence interview \"P1\" quote \"q\"\n";
        Assert.Equal(ReportEmitter.Emit(Compile(text), Svg, []), ReportEmitter.Emit(Compile(text), Svg, []));
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
}
