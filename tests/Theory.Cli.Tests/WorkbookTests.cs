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
    public void Each_group_has_a_sheet_in_the_order_groups_appear_with_its_cmocs_in_file_order()
    {
        // Groups in two files, and CMOCs in no group between them: a sheet per group in the order
        // the groups' CMOCs appear, then "Other CMOCs", then the tables that name things.
        var compilation = Compilation.Create(
        [
            SyntaxTree.Parse(SourceText.From("""
                construct a
                construct b
                construct c
                construct d
                construct e
                construct f
                theme Late "Late theme" { cmoc L1 { context high a  outcome increased b }  cmoc L2 { context high c  outcome increased f } }
                cmoc U1 { context high c  outcome increased d }
                theme Early "Early theme" { cmoc E1 { context high e  outcome increased f } }
                """, "one.theory")),
            SyntaxTree.Parse(SourceText.From("""
                cmoc U2 { context high e  outcome increased b }
                theme Second "Second file" { cmoc S1 { context high a  outcome increased d } }
                """, "two.theory")),
        ]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Workbook(compilation)));
        string Part(string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();
        var names = System.Text.RegularExpressions.Regex.Matches(Part("xl/workbook.xml"), "<sheet name=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        var ids = names.Select((_, i) => string.Join(" ", System.Text.RegularExpressions.Regex
            .Matches(Part("xl/worksheets/sheet" + (i + 1) + ".xml"), "<c r=\"A([0-9]+)\"[^>]*><is><t xml:space=\"preserve\">([^<]*)</t>")
            .Skip(1).Select(m => m.Groups[2].Value)));
        Assert.Equal(
            ["Late theme: L1 L2", "Early theme: E1", "Second file: S1", "Other CMOCs: U1 U2", "Constructs: a b c d e f", "Groups: Late Early Second"],
            names.Zip(ids, (name, cmocs) => name + ": " + cmocs));
    }

    [Fact]
    public void Cell_text_and_column_widths_follow_the_rule_shortcuts_included()
    {
        // The rule, spelled out: CR LF as LF; other controls, separators and bidirectional marks
        // as spaces (the alphabet below has no lone surrogates); each character that is not XML
        // made U+FFFD; text past Excel's limit cut with an ellipsis.
        static string Cell(string text)
        {
            var clean = string.Concat(text.Replace("\r\n", "\n").Select(c =>
                c != '\n' && (char.IsControl(c) || c == '\u202E') ? " " : System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c.ToString() : "\uFFFD"));
            var kept = clean;
            return kept.Length <= XlsxWriter.MaxCellLength - 2 ? kept : kept.Substring(0, XlsxWriter.MaxCellLength - 2) + "…";
        }

        var random = new Random(15);
        string[] alphabet = ["a", "b", " ", "c", "\n", "\r", "\u0001", "\uFFFE", "\uFFFF", "\u202E", "é", "\uD83D\uDE00"];
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 2000; i++)
        {
            var row = new List<string>();
            for (var c = random.Next(0, 6); c > 0; c--)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]));
                row.Add(text);
                Assert.Equal(Cell(text), XlsxWriter.CellText(text));
            }

            rows.Add(row);
        }

        foreach (var length in new[] { XlsxWriter.MaxCellLength - 3, XlsxWriter.MaxCellLength - 2, XlsxWriter.MaxCellLength - 1, XlsxWriter.MaxCellLength + 5 })
        {
            var text = new string('x', length);
            Assert.Equal(Cell(text), XlsxWriter.CellText(text));
        }

        // Column widths: the longest line of any cell in the column, for each row alone and for all.
        static IEnumerable<int> Longest(IReadOnlyList<IReadOnlyList<string>> rows, int width) => Enumerable.Range(0, width)
            .Select(c => rows.Where(r => c < r.Count).SelectMany(r => r[c].Split('\n')).Select(l => l.Length).DefaultIfEmpty(0).Max());
        foreach (var row in rows)
            Assert.Equal(Longest([row], row.Count), XlsxWriter.LongestLines([row], row.Count));
        Assert.Equal(Longest(rows, 6), XlsxWriter.LongestLines(rows, 6));
    }

    [Fact]
    public void A_cells_line_breaks_are_lf_on_every_platform()
    {
        // XmlWriter writes the platform's new line unless told; the workbook must not depend on it.
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet("Notes", [["Note"], ["line one\r\nline two\nline three"]])]);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(stream.ToArray()));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains(">line one\nline two\nline three<", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", sheet, StringComparison.Ordinal);
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
