using System.Text.RegularExpressions;
using Theory.Compiler.Tests.Annotations;
using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests;

public class DiagnosticDocsTests
{
    [Fact]
    public void Every_descriptor_has_a_unique_id_and_a_documentation_page()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^TH[0-9]{4}$", descriptor.Id);
            var page = Path.Combine(TestPaths.RepositoryRoot, descriptor.HelpPath);
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at {descriptor.HelpPath}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text);
            Assert.Contains("## Fix", text);
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics", "README.md")));
        }
    }

    [Fact]
    public void Every_descriptor_is_in_the_table()
    {
        var declared = typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
        Assert.Equal(declared.Select(d => d.Id).Order(), DiagnosticDescriptors.All.Select(d => d.Id).Order());
    }

    public static TheoryData<string> CompiledPages()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticDescriptors.All.Where(d => !d.Id.StartsWith("TH1", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, descriptor.HelpPath));
            if (!text.Contains("<!-- example not compiled", StringComparison.Ordinal))
                data.Add(descriptor.Id);
        }

        return data;
    }

    /// <summary>
    /// The docs are tests: each page's example states every diagnostic it reports inline, under the
    /// line it points at (<see cref="DiagnosticAnnotations"/>), and reports the page's own ID; its
    /// fix does not report the ID, nor any error. THEORY_BLESS=1 rewrites the example's annotations.
    /// </summary>
    [Theory]
    [MemberData(nameof(CompiledPages))]
    public void The_example_states_its_diagnostics_and_the_fix_does_not_report_the_id(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var path = Path.Combine(TestPaths.RepositoryRoot, descriptor.HelpPath);
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var example = CodeBlockAfter(page, "## Example");
        var fix = CodeBlockAfter(page, "## Fix");

        var source = DiagnosticAnnotations.Strip(example);
        var text = SourceText.From(source, "example.theory");
        var before = Compile(text);
        Assert.Contains(before, d => d.Id == id);
        Assert.DoesNotContain(before, d => d.Id.StartsWith("TH1", StringComparison.Ordinal));
        var annotated = DiagnosticAnnotations.Annotate(source, text, before);
        if (annotated != example)
        {
            var start = page.IndexOf("## Example", StringComparison.Ordinal);
            var blessed = page[..start] + page[start..].Replace(example, annotated, StringComparison.Ordinal);
            Baseline.AssertMatches(path, blessed);
        }

        var after = Compile(SourceText.From(DiagnosticAnnotations.Strip(fix), "example.theory"));
        Assert.DoesNotContain(after, d => d.Id == id);
        Assert.DoesNotContain(after, d => d.Severity == DiagnosticSeverity.Error);
    }

    internal static IReadOnlyList<Diagnostic> Compile(string source) => Compile(SourceText.From(source, "example.theory"));

    private static IReadOnlyList<Diagnostic> Compile(SourceText text)
    {
        var tree = SyntaxTree.Parse(text);
        var bibliography = BibliographyFile.Parse(SourceText.From(StandardBibliography, "references.bib"));
        return Compilation.Create([tree], [bibliography]).GetDiagnostics();
    }

    // Every compiled example may cite these keys.
    internal const string StandardBibliography = """
        @article{smith2020, author = {Smith, A.}, title = {Partnerships}, year = 2020}
        @article{jones2021, author = {Jones, B.}, title = {Trust}, year = 2021}
        @book{lee2019, author = {Lee, C.}, title = {Collaboration}, year = 2019}
        """;

    private static string CodeBlockAfter(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {heading} section");
        var match = Regex.Match(page[start..], "```theory\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no theory code block after {heading}");
        return match.Groups[1].Value;
    }
}
