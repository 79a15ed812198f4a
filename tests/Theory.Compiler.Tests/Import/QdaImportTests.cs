using System.IO.Compression;
using Theory.Diagnostics;
using Theory.Import.Qda;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Import;

/// <summary>`theory import qdpx`: a REFI-QDA project from NVivo, ATLAS.ti or MAXQDA becomes constructs, groups and evidenced claims.</summary>
public class QdaImportTests
{
    private static readonly string Fixture = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Import", "qda", "partnership-interviews");

    /// <summary>The fixture folder zipped as a `.qdpx` (project.qde and sources/), in a fixed order.</summary>
    private static MemoryStream Qdpx(Func<string, string, string>? edit = null)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(Fixture, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(Fixture, file).Replace('\\', '/');
                if (name == "README.md")
                    continue;
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(edit is null ? File.ReadAllText(file) : edit(name, File.ReadAllText(file)));
            }
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Coded_segments_become_evidenced_claims_and_codes_become_constructs_in_groups()
    {
        var result = RefiQdaImporter.Import(Qdpx(), "interviews.qdpx", null, out var error);

        Assert.Null(error);
        Baseline.AssertMatches(Path.Combine(Fixture, "..", "expected", "interviews.theory"), result!.TheoryText!);
        Assert.Equal((2, 2), (result.ImportedCmocs, result.ImportedLinks));
        // Leadership is coded on a segment with no context and outcome: reported, not dropped silently.
        var unplaced = Assert.Single(result.Diagnostics);
        Assert.Equal("TH4005", unplaced.Id);
        Assert.Contains("code `leadership` has 1 coded segment", unplaced.Message, StringComparison.Ordinal);

        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(result.TheoryText!, "interviews.theory"))]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var q1 = compilation.Cmocs.Single(c => c.Name == "Q1");
        Assert.Equal(["Interview 1 - chief executive", "Interview 2 - operational manager"], q1.Evidence.Select(e => e.Key));
        Assert.All(q1.Evidence, e => Assert.False(string.IsNullOrEmpty(e.Quote)));
        Assert.Equal("commitment_to_the_partnership", q1.Mechanisms.Single().Construct!.Name);
        Assert.Equal("Reasoning", q1.Mechanisms.Single().Construct!.Group!.Label);
        // The minimum-sources rule counts the documents: Q1 has two interviews, Q2 one focus group.
        var tooFew = compilation.GetDiagnostics().Where(d => d.Id == "TH2502").Select(d => d.Message).ToList();
        Assert.Contains(tooFew, m => m.Contains("`Q2`", StringComparison.Ordinal));
        Assert.DoesNotContain(tooFew, m => m.Contains("`Q1`", StringComparison.Ordinal));
    }

    [Fact]
    public void A_codebook_alone_gives_the_constructs_and_their_groups()
    {
        var project = File.ReadAllText(Path.Combine(Fixture, "project.qde"));
        var start = project.IndexOf("<CodeBook>", StringComparison.Ordinal);
        var end = project.IndexOf("</CodeBook>", StringComparison.Ordinal) + "</CodeBook>".Length;
        var codebook = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + project[start..end].Replace("<CodeBook>", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"ATLAS.ti 24\">", StringComparison.Ordinal);

        var result = RefiQdaImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(codebook)), "codes.qdc", null, out var error)!;

        Assert.Null(error);
        Assert.Equal(0, result.ImportedCmocs);
        Assert.Contains("// Imported from a QDA project (ATLAS.ti 24)", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains("theme reasoning_ \"Reasoning\" {\n  construct commitment_to_the_partnership", result.TheoryText, StringComparison.Ordinal);
        Assert.Empty(SyntaxTree.Parse(SourceText.From(result.TheoryText!, "codes.theory")).Diagnostics);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Project>&e;</Project>", "DTD")]
    [InlineData("<Html/>", "not a REFI-QDA project or codebook")]
    [InlineData("ID,Context\n", "not a REFI-QDA project or codebook that can be read")]
    public void A_file_that_is_not_a_project_is_one_clear_error_and_entities_are_never_read(string content, string message)
    {
        Assert.Null(RefiQdaImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "x.qdpx", null, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_nested_thousands_deep_are_cut_at_the_nesting_limit_not_a_stack_overflow()
    {
        var xml = new System.Text.StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (var i = 0; i < 20_000; i++)
            xml.Append("<Code guid=\"g").Append(i).Append("\" name=\"code ").Append(i).Append("\">");
        for (var i = 0; i < 20_000; i++)
            xml.Append("</Code>");
        xml.Append("</Codes></CodeBook>");

        var result = RefiQdaImporter.Import(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml.ToString())), "deep.qdc", null, out var error)!;

        Assert.Null(error);
        var limit = Assert.Single(result.Diagnostics, d => d.Id == "TH3009");
        Assert.Contains("the code hierarchy reached its limit of 64 levels", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_project_and_selections_past_the_text_are_handled()
    {
        var empty = new MemoryStream();
        using (var zip = new ZipArchive(empty, ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("readme.txt");
        empty.Position = 0;
        Assert.Null(RefiQdaImporter.Import(empty, "x.qdpx", null, out var error));
        Assert.Contains("holds no project.qde", error, StringComparison.Ordinal);

        // Positions beyond the text (a tool's off-by-one, or a hostile file) are clamped, never thrown on.
        var result = RefiQdaImporter.Import(Qdpx((name, text) => name == "project.qde" ? text.Replace("endPosition=\"", "endPosition=\"9", StringComparison.Ordinal) : text), "x.qdpx", null, out error);
        Assert.Null(error);
        Assert.NotNull(result!.TheoryText);
    }
}
