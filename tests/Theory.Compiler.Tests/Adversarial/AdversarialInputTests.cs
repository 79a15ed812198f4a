using System.Text;
using Theory.Diagnostics;
using Theory.Emit;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Adversarial;

/// <summary>
/// Inputs built to hurt a compiler: huge, deep, binary or malformed. Each must give a clear
/// diagnostic (or none, where the input is legal) and never an exception, a stack overflow or
/// a hang. Sizes are the ones named in the robustness issue; the tests assert results, not time.
/// </summary>
public class AdversarialInputTests
{
    [Fact]
    public void A_million_open_braces_report_too_deep_nesting_without_overflowing()
    {
        var text = new string('{', 1_000_000);
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Contains(tree.Diagnostics, d => d.Id == "TH1009");
        _ = Compilation.Create([tree]).GetDiagnostics();
    }

    [Fact]
    public void A_50_MB_single_line_file_parses_and_reports_at_the_right_column()
    {
        var text = new StringBuilder("theory T { title \"").Append('x', 50_000_000).Append("\" } construct a cmoc").ToString();
        var tree = SyntaxTree.ParseText(text, "long.theory");
        Assert.Equal(text.Length, tree.Root.FullSpan.Length);
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(0, error.Location.LineSpan.Start.Line);
        Assert.True(error.Location.LineSpan.Start.Character > 50_000_000, error.ToString());
    }

    [Fact]
    public void Five_million_stray_characters_are_one_diagnostic_in_linear_time()
    {
        // Found while writing this suite: runs of invalid characters were merged by repeated
        // string concatenation, which never finished on a file of 5 million '#'.
        var text = new string('#', 5_000_000) + "\nconstruct a\n";
        var tree = SyntaxTree.ParseText(text);
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("TH1005", error.Id);
        Assert.Equal(5_000_000, error.Location.Span.Length);
        Assert.Equal(text, tree.Root.ToFullString());
    }

    [Fact]
    public void A_hundred_thousand_constructs_bind_and_each_unused_one_is_reported_once()
    {
        // A hundred thousand is enough to catch any step that is quadratic in the number of
        // declarations (some 5 x 10^9 operations: minutes); a million took 30 s of the suite's time
        // in a Debug build. The large corpora are measured in tools/Theory.Benchmarks.
        const int count = 100_000;
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append("construct c").Append(i).Append('\n');
        var tree = SyntaxTree.ParseText(text.ToString(), "many.theory");
        Assert.Empty(tree.Diagnostics);
        var compilation = Compilation.Create([tree]);
        Assert.Equal(count, compilation.Constructs.Length);
        var diagnostics = compilation.GetDiagnostics();
        Assert.Equal(count, diagnostics.Count(d => d.Id == "TH2009"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_one_megabyte_identifier_is_an_ordinary_name_in_every_output()
    {
        var name = new string('a', 1_000_000);
        var text = $"construct {name}\nconstruct b\ncmoc C: high {name} => increased b -> increased b2\nconstruct b2\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.Empty(tree.Diagnostics);
        var compilation = Compilation.Create([tree]);
        Assert.Contains(compilation.Constructs, c => c.Name == name);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "TH2001");
        // DOT keeps a node's name whole as strings joined with `+` (Graphviz refuses one over
        // 16 KB), and shows it cut to the diagram text limit (the chains view only shows it).
        foreach (var artifact in ArtifactEmitter.EmitAll(compilation))
        {
            var output = artifact.GetText();
            if (artifact.Format != ArtifactFormat.Dot)
                Assert.Contains(name, output, StringComparison.Ordinal);
            else if (artifact.FileName.EndsWith(".web.dot", StringComparison.Ordinal))
                Assert.Contains(name, output.Replace("\" + \"", "", StringComparison.Ordinal), StringComparison.Ordinal);
            else
                Assert.Contains(name[..(Limits.DiagramTextLength - 10)], output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nul_bytes_are_invalid_characters_not_terminators()
    {
        var text = "construct a\0\0\0\nconstruct b // \0 in a comment is fine\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.Root.ToFullString());
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("TH1005", error.Id);
        Assert.Equal(new TextSpan(11, 3), error.Location.Span);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset_of_the_first_bad_byte()
    {
        byte[] bytes = [.. "construct a\n"u8, 0xC3, 0x28, .. "\n"u8];
        Assert.False(SourceTextDecoder.TryDecode(bytes, "bad.theory", out _, out var error));
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("offset 12", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_kept_and_changes_no_column()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "construct # a\n"u8];
        Assert.True(SourceTextDecoder.TryDecode(bytes, "bom.theory", out var text, out _));
        var tree = SyntaxTree.Parse(text!);
        Assert.Equal(bytes, SourceTextDecoder.Encode(tree.Root.ToFullString()));
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(new LinePosition(0, 10), error.Location.LineSpan.Start); // where an editor shows the `#`
    }

    [Fact]
    public void Mixed_line_endings_each_count_as_one_line()
    {
        var text = "construct a\r\nconstruct b\rconstruct c\nconstruct d\r\n\rconstruct #\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.Root.ToFullString());
        var error = Assert.Single(tree.Diagnostics, d => d.Id == "TH1005");
        Assert.Equal(new LinePosition(5, 10), error.Location.LineSpan.Start);
        var constructs = Compilation.Create([tree]).Constructs;
        Assert.Equal(["a", "b", "c", "d"], constructs.Select(c => c.Name));
        Assert.Equal(2, constructs[2].Declaration!.GetLocation()!.LineSpan.Start.Line);
    }
}
