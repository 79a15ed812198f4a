using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Theory.Cli.Tests;

/// <summary>
/// `theory report --format markdown|docx`: the CMOC appendix of a paper, converted by the real
/// pandoc as an author would convert it (CI installs pandoc), and opened back.
/// </summary>
public partial class AppendixTests
{
    private static readonly string Example = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration");

    internal static string RequirePandoc()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "pandoc.exe" : "pandoc")).FirstOrDefault(File.Exists);
        Assert.True(found is not null, "pandoc is needed for this test: apt-get install pandoc (.ci/run installs it).");
        return found!;
    }

    [Fact]
    public void Markdown_names_the_bibliography_relative_to_itself_and_pandoc_formats_the_citations()
    {
        var pandoc = RequirePandoc();
        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "report", Example, "--format", "markdown", "-o", "paper/appendix.md");
        Assert.True(exit == 0, stderr);
        Assert.Equal("wrote paper/appendix.md\n", stdout.ReplaceLineEndings("\n"));
        var markdown = File.ReadAllText(Path.Combine(temp.Path, "paper", "appendix.md"));
        var bibliography = Regex.Match(markdown, "\n- '([^']+)'\n").Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(temp.Path, "paper", bibliography)), bibliography);
        Assert.Contains("## Middle-range theory: Collaborative functioning", markdown, StringComparison.Ordinal);
        Assert.Contains("[@huxham2005, ch. 4]", markdown, StringComparison.Ordinal);

        // What the author runs next, beside the file: every CMOC is in the Word document, with
        // author–year citations and a reference list formatted by citeproc.
        var run = ProcessRunner.Run(pandoc, ["appendix.md", "--citeproc", "-o", "appendix.docx"], Path.Combine(temp.Path, "paper"), TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = DocumentText(File.ReadAllBytes(Path.Combine(temp.Path, "paper", "appendix.docx")));
        foreach (var expected in new[] { "CF1", "CF2", "PP5", "TR2", "Huxham and Vangen 2005, ch. 4)", "References" })
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"'{expected}' is not in the document: {text}");
    }

    [Fact]
    public void Docx_is_written_through_pandoc_the_same_bytes_every_time()
    {
        RequirePandoc();
        using var temp = new TempDirectory();
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "report", Example, "--format", "docx");
        Assert.True(exit == 0, stderr);
        var first = File.ReadAllBytes(Path.Combine(temp.Path, "appendix.docx"));
        var text = DocumentText(first);
        Assert.Contains("CMOCs of Interorganisational collaboration", text, StringComparison.Ordinal);
        Assert.Contains("If", text, StringComparison.Ordinal);
        Assert.Contains("(Millar et al. 2023", text, StringComparison.Ordinal);

        Thread.Sleep(1100);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "report", Example, "--format", "docx", "-o", "again.docx");
        Assert.True(exit == 0, stderr);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(temp.Path, "again.docx")));
    }

    [Fact]
    public void Without_pandoc_docx_says_how_to_get_it_and_markdown_still_works()
    {
        using var temp = new TempDirectory();
        var noPandoc = new Dictionary<string, string> { ["THEORY_PANDOC"] = Path.Combine(temp.Path, "no-such-pandoc") };
        var (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, noPandoc, "report", Example, "--format", "docx");
        Assert.Equal(2, exit);
        Assert.Contains("apt-get install pandoc", stderr, StringComparison.Ordinal);
        Assert.Contains("--format markdown", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "appendix.docx")));

        (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, noPandoc, "report", Example, "--format", "markdown");
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(temp.Path, "appendix.md")));
    }

    [Fact]
    public void Hostile_theory_text_stays_text_in_the_document_pandoc_makes()
    {
        var pandoc = RequirePandoc();
        using var temp = new TempDirectory();
        temp.Write("t.theory", """
            theory T "Title *bold* [link](http://evil.example) <script>alert(1)</script>" {}
            construct a "A | B [x](http://evil.example) $x^2$ @key <img src=x onerror=alert(1)>"
            construct b "**strong** `code` # heading \\ backslash"
            construct c "C"
            cmoc X1 "<b>bold</b> ![img](http://evil.example/i.png)" { context high a  mechanism increased b  outcome increased c }
            """);
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "report", "t.theory", "--format", "markdown", "-o", "a.md");
        Assert.True(exit == 0, stderr);
        var run = ProcessRunner.Run(pandoc, ["a.md", "-t", "html"], temp.Path, TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = Regex.Replace(run.Stdout, @"\s+", " ");
        foreach (var injected in new[] { "<script", "<img", "<a ", "<b>", "<strong>strong", "<code>", "<em>bold", "class=\"math", "<h1", "data-cites" })
            Assert.DoesNotContain(injected, html, StringComparison.Ordinal);
        // One table, of three columns, whose row holds the text as written.
        Assert.Single(Regex.Matches(html, "<table"));
        Assert.Equal(3, Regex.Matches(html, "<th[ >]").Count);
        Assert.Contains("A | B [x](http://evil.example) $x^2$ @key &lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        // citeproc puts no-break spaces inside citations ("2005, ch.\u00a04").
        return string.Join(" ", xml.Descendants().Where(e => e.Name.LocalName == "p").Select(p => string.Concat(p.Descendants().Where(t => t.Name.LocalName == "t").Select(t => t.Value)))).Replace('\u00a0', ' ');
    }
}
