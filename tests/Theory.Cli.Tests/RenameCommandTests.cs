namespace Theory.Cli.Tests;

/// <summary>`theory rename`: the files on disk change together, `--dry-run` and refusals change nothing.</summary>
public class RenameCommandTests
{
    private const string Constructs = "construct trust \"Trust\" { aliases \"reliance\" }\nconstruct faith\nconstruct care\n";
    private const string Main = "import \"constructs.theory\"\ncmoc C1: high trust => increased faith -> increased care\n  evidence interview \"P1\", interview \"P2\"\ncmoc C2: high reliance => increased faith -> increased care\n  evidence interview \"P1\", interview \"P2\"\n";

    [Fact]
    public void Rename_changes_every_file_that_names_the_construct()
    {
        using var temp = new TempDirectory();
        var constructs = temp.Write("t/constructs.theory", Constructs);
        var main = temp.Write("t/main.theory", Main);

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "rename", "trust", "mutual_trust", "t");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("t/constructs.theory: 1 place (line 1)", stdout, StringComparison.Ordinal);
        Assert.Contains("t/main.theory: 1 place (line 2)", stdout, StringComparison.Ordinal);
        Assert.Contains("renamed construct `trust` to `mutual_trust` in 2 places in 2 files", stdout, StringComparison.Ordinal);
        Assert.Equal(Constructs.Replace("construct trust", "construct mutual_trust", StringComparison.Ordinal), File.ReadAllText(constructs));
        // The use by alias keeps its text.
        Assert.Equal(Main.Replace("high trust", "high mutual_trust", StringComparison.Ordinal), File.ReadAllText(main));

        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", "t");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Dry_run_and_a_refused_rename_change_nothing()
    {
        using var temp = new TempDirectory();
        var constructs = temp.Write("t/constructs.theory", Constructs);
        temp.Write("t/main.theory", Main);

        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "rename", "trust", "mutual_trust", "t", "--dry-run");
        Assert.Equal(0, exit);
        Assert.Contains("would rename construct `trust`", stdout, StringComparison.Ordinal);
        Assert.Equal(Constructs, File.ReadAllText(constructs));

        (exit, _, var stderr) = TheoryProcess.Run(temp.Path, "rename", "trust", "faith", "t");
        Assert.Equal(2, exit);
        Assert.Contains("theory: error: a construct named `faith` already exists", stderr, StringComparison.Ordinal);
        Assert.Equal(Constructs, File.ReadAllText(constructs));

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "rename", "trust", "x", "t", "--kind", "stage");
        Assert.Equal(2, exit);
        Assert.Contains("no stage is named `trust`", stderr, StringComparison.Ordinal);
    }
}
