using Theory.Bibliography;
using Theory.Emit.Csv;
using Theory.Import;
using Theory.Projects;
using Theory.Semantics;
using Theory.Spreadsheets;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Cli.Tests;

/// <summary>The CMOC table as an Excel workbook: written the same way every time, and read back into the same theory.</summary>
public class WorkbookTests
{
    private static Compilation Example(string name) =>
        TheoryWorkspace.Load([Path.Combine(TheoryProcess.RepositoryRoot, "examples", name)], new WorkspaceOptions { BaseDirectory = TheoryProcess.RepositoryRoot }).Compilations.Single();

    private static byte[] Workbook(Compilation compilation)
    {
        using var stream = new MemoryStream();
        CmocWorkbook.Write(compilation, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("interorganisational-collaboration")]
    [InlineData("intersectoral-partnerships")]
    [InlineData("greater-manchester")]
    public void A_workbook_reads_back_into_the_same_cmocs_constructs_and_groups(string example)
    {
        var original = Example(example);
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("table.xlsx", Workbook(original));

        var sheets = XlsxTableReader.Read(path, "table.xlsx", null, out var error);
        Assert.True(sheets is not null, error);
        var result = CsvCmocImporter.ImportTables(sheets!, new CsvImportOptions
        {
            KnownCitationKeys = [.. original.Bibliographies.SelectMany(b => b.Entries).Select(e => e.Name)],
        });
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Diagnostics.DiagnosticSeverity.Warning);
        var reimported = Compilation.Create([SyntaxTree.Parse(SourceText.From(result.TheoryText!, "back.theory"))], original.Bibliographies);

        // Every cell of every CMOC row, as people read them, scopes and types as contexts included
        // (the Typologies sheet declares them).
        static IEnumerable<string> Rows(Compilation c) =>
            CmocTableRows.Of(c.Cmocs.OrderBy(m => m.Name, StringComparer.Ordinal), labels: true).Select(r => string.Join(" | ", r));
        Assert.Equal(Rows(original), Rows(reimported));
        Assert.Equal(CmocTableRows.TypologiesOf(original).Select(r => string.Join(" | ", r)), CmocTableRows.TypologiesOf(reimported).Select(r => string.Join(" | ", r)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TH4005");
        Assert.Equal(CmocTableRows.ConstructsOf(original).Select(r => string.Join(" | ", r)), CmocTableRows.ConstructsOf(reimported).Select(r => string.Join(" | ", r)));
        static IEnumerable<string> Groups(Compilation c) =>
            CmocTableRows.GroupsOf(c).Where(g => c.Cmocs.Any(m => m.Group?.Name == g[0])).Select(r => string.Join(" | ", r));
        Assert.Equal(Groups(original), Groups(reimported));
    }

    [Fact]
    public void The_same_theory_gives_the_same_bytes_and_text_is_never_a_formula()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From("""
            construct a "=HYPERLINK(\"http://evil\",\"click\")"
            construct b "@SUM(1+1)\u0001 bell \u202Eevil"
            construct m
            cmoc C1 "+cmd|' /C calc'!A0" { context high a  mechanism increased m  outcome increased b }
            """, "t.theory"))]);

        var first = Workbook(compilation);
        Assert.Equal(first, Workbook(compilation));

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        Assert.Contains("t=\"inlineStr\"", sheet, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK", sheet, StringComparison.Ordinal);
        Assert.Contains("  bell  evil", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheet_names_are_ones_excel_accepts()
    {
        var names = XlsxWriter.SheetNames(["Formalisation, confidence and trust in partnerships", "a/b:c", "", "History", "Same", "same", "'quoted'"]);

        Assert.Equal(["Formalisation, confidence and…", "a b c", "Sheet", "Sheet (2)", "Same", "same (2)", "quoted"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31));

        // Thousands of groups whose labels start alike get distinct names at once, all within 31 characters.
        var many = XlsxWriter.SheetNames(Enumerable.Repeat("A very long group label that Excel cuts short", 5_000));
        Assert.Equal(5_000, many.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(many, n => Assert.True(n.Length <= 31, n));
    }

    [Fact]
    public void Import_xlsx_from_the_command_line_reads_every_sheet_or_the_one_named()
    {
        using var temp = new TempDirectory();
        var book = Path.Combine(temp.Path, "book.xlsx");
        using (var stream = File.Create(book))
        {
            XlsxWriter.Write(stream,
            [
                new XlsxSheet("Notes", [["Read me"], ["This workbook holds two clusters."]]),
                new XlsxSheet("Cluster A", [["Table 4. Cluster A"], ["ID", "Context", "Mechanism", "Final outcome", "Source"], ["A1", "high trust", "increased sharing", "increased health", "Jones (2019)"]]),
                new XlsxSheet("Cluster B", [["ID", "Context", "Mechanism", "Outcome"], ["B1", "low trust", "", "decreased health"]]),
            ]);
        }

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "xlsx", "book.xlsx", "--dry-run");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("info TH4009: 'Cluster A'!A1: the header is row 2", stdout, StringComparison.Ordinal);
        Assert.Contains("warning TH4002: 'Cluster B'!C2: row 2 (`B1`) has no mechanism", stdout, StringComparison.Ordinal);
        Assert.Contains("outcome     final increased health", stdout, StringComparison.Ordinal);
        Assert.Contains("Would import 1 CMOC and 1 link", stdout, StringComparison.Ordinal);

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "xlsx", "book.xlsx", "--sheet", "Cluster A", "--dry-run");
        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain("B1", stdout, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "xlsx", "book.xlsx", "--sheet", "Nope");
        Assert.Equal(2, exit);
        Assert.Contains("no sheet named 'Nope'; its sheets are 'Notes', 'Cluster A', 'Cluster B'", stderr, StringComparison.Ordinal);

        temp.Write("fake.xlsx", "ID,Context\n");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "xlsx", "fake.xlsx");
        Assert.Equal(2, exit);
        Assert.Contains("cannot read 'fake.xlsx': it is not an Excel workbook", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_zip_that_unpacks_past_the_limit_is_refused_without_unpacking_it()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "bomb.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
                stream.Write(zeros);
        }

        Assert.True(new FileInfo(path).Length < 2_000_000);
        Assert.Null(XlsxTableReader.Read(path, "bomb.xlsx", null, out var error));
        Assert.Contains("the limit is 256 MiB", error, StringComparison.Ordinal);
    }
}
