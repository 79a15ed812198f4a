namespace Theory.Cli.Tests;

/// <summary>`theory import csv` end to end: the written theory checks, skipped rows are reported, nothing is overwritten by accident.</summary>
public class ImportCommandTests
{
    private static readonly string Fixture = Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Import", "cmoc-extraction.csv");

    [Fact]
    public void An_imported_table_checks_and_its_skipped_rows_are_reported()
    {
        using var temp = new TempDirectory();
        var csv = temp.WriteBytes("reviews/cmocs.csv", File.ReadAllBytes(Fixture));

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("warning TH4002: D4: row 4 (`CF3`) has no mechanism", stdout, StringComparison.Ordinal);
        Assert.Contains("Imported 4 CMOCs and 1 link (claims without a mechanism) into", stdout, StringComparison.Ordinal);
        Assert.Contains("1 row was skipped", stdout, StringComparison.Ordinal);
        Assert.Contains("The imported theory has 0 errors and 0 warnings", stdout, StringComparison.Ordinal);

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", Path.Combine(temp.Path, "reviews", "cmocs.theory"));
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("0 errors, 0 warnings", stdout, StringComparison.Ordinal);

        // A second import does not overwrite the theory someone may have edited since.
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv);
        Assert.Equal(2, exit);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        (exit, _, _) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--force", "--name", "Reviews");
        Assert.Equal(0, exit);
        Assert.Contains("theory Reviews {", File.ReadAllText(Path.Combine(temp.Path, "reviews", "cmocs.theory")), StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_can_be_mapped_and_bad_mappings_are_refused()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("t.csv", "Ref,Circumstances,Mechanism,Outcome\nA1,high trust,increased faith,increased collaboration\n");

        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "import", "csv", csv);
        Assert.Equal(1, exit);
        Assert.Contains("error TH4001", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "t.theory")));

        (exit, _, var stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--column", "contxt=Circumstances");
        Assert.Equal(2, exit);
        Assert.Contains("ROLE=HEADER", stderr, StringComparison.Ordinal);

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--column", "context=Circumstances", "--column", "id=Ref", "-o", "out.theory");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("cmoc A1 {", File.ReadAllText(Path.Combine(temp.Path, "out.theory")), StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", "missing.csv");
        Assert.Equal(2, exit);
        Assert.Contains("cannot find", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_encodings_import_and_a_guess_is_said()
    {
        using var temp = new TempDirectory();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string table = "ID,Context,Mechanism,Outcome\r\nC1,high café culture,increased trust,increased “joint” working\r\n";
        var ansi = temp.WriteBytes("ansi.csv", System.Text.Encoding.GetEncoding(1252).GetBytes(table));
        var unicode = temp.WriteBytes("unicode.csv", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(table.Replace(',', '\t'))]);

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", ansi);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("ansi.csv' is not UTF-8; it was read as Windows-1252", stdout, StringComparison.Ordinal);
        Assert.Contains("info TH3010", stdout, StringComparison.Ordinal);
        Assert.Contains("\"café culture\"", File.ReadAllText(Path.Combine(temp.Path, "ansi.theory")), StringComparison.Ordinal);

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", unicode);
        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain("TH3010", stdout, StringComparison.Ordinal);
        Assert.Contains("\"“joint” working\"", File.ReadAllText(Path.Combine(temp.Path, "unicode.theory")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_prints_what_would_be_written_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("t.csv", "ID,Context,Mechanism,Outcome,Source\nC1,trust,collaboration,task achievement,Jones (2019)\n");

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--dry-run", "--default-level", "high", "--default-direction", "increased");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("context     high trust", stdout, StringComparison.Ordinal);
        Assert.Contains("@misc{jones2019,", stdout, StringComparison.Ordinal);
        Assert.Contains("Would import 1 CMOC; nothing was written.", stdout, StringComparison.Ordinal);
        Assert.Equal(["t.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));

        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--dry-run");
        Assert.Contains("warning TH4010", stdout, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", csv, "--default-level", "increased");
        Assert.Equal(2, exit);
        Assert.Contains("--default-level expects one of high", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_given_as_csv_is_named_and_a_huge_table_is_imported_without_checking_it_here()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("book.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", "book.csv");
        Assert.Equal(2, exit);
        Assert.Contains("is a zip file (an Excel workbook or a QDA project), not CSV: use 'theory import xlsx'", stderr, StringComparison.Ordinal);

        var table = new System.Text.StringBuilder("ID,Context,Mechanism,Outcome\n");
        for (var i = 0; i < 20_001; i++)
            table.Append("C").Append(i).Append(",high a").Append(i % 100).Append(",increased m,increased b\n");
        temp.Write("huge.csv", table.ToString());
        (exit, var stdout, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", "huge.csv");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("The imported theory is large (20,001 claims), so it was not checked here: run 'theory check huge.theory'.", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "huge.theory")));
    }
}
