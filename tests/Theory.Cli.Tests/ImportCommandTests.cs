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
        Assert.Contains("warning TH4002: row 4 (`CF3`) has no mechanism", stdout, StringComparison.Ordinal);
        Assert.Contains("Imported 4 CMOCs into", stdout, StringComparison.Ordinal);
        Assert.Contains("2 rows were skipped", stdout, StringComparison.Ordinal);
        Assert.Contains("The imported theory has 0 errors and 0 warnings", stdout, StringComparison.Ordinal);

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", Path.Combine(temp.Path, "reviews", "cmocs.theory"));
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("no problems found", stdout, StringComparison.Ordinal);

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
}
