namespace Theory.Cli.Tests;

/// <summary>`theory format`: rewrites what the paths name, `--check` for CI, `--diff` to preview, and never a broken file.</summary>
public class FormatCommandTests
{
    private const string Messy = "construct   a {kind state description \"x\"}\ncmoc C1 : high a=>increased m->increased b\n";
    private const string Tidy = "construct a {\n  kind        state\n  description \"x\"\n}\n\ncmoc C1: high a => increased m -> increased b\n";

    [Fact]
    public void Format_rewrites_only_files_that_change()
    {
        using var temp = new TempDirectory();
        var messy = temp.Write("t/messy.theory", Messy);
        var tidy = temp.Write("t/tidy.theory", "construct b\n");
        var tidyTime = File.GetLastWriteTimeUtc(tidy);

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "format", "t");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal("formatted t/messy.theory\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(Tidy, File.ReadAllText(messy));
        Assert.Equal(tidyTime, File.GetLastWriteTimeUtc(tidy));

        // Formatting is idempotent: a second run has nothing to do.
        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "format", "t");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Check_exits_with_1_and_names_each_unformatted_file_without_writing()
    {
        using var temp = new TempDirectory();
        var messy = temp.Write("t/messy.theory", Messy);
        temp.Write("t/tidy.theory", "construct b\n");

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "format", "--check", "t");
        Assert.Equal(1, exit);
        Assert.Equal("t/messy.theory: not formatted\n", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("1 of 2 files not formatted", stderr, StringComparison.Ordinal);
        Assert.Equal(Messy, File.ReadAllText(messy));

        File.WriteAllText(messy, Tidy);
        (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "format", "--check", "t");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Diff_shows_a_unified_diff_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var messy = temp.Write("messy.theory", Messy);
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "format", "--diff", "messy.theory");
        Assert.Equal(0, exit);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("--- a/messy.theory", lines[0]);
        Assert.Equal("+++ b/messy.theory", lines[1]);
        Assert.Contains("-construct   a {kind state description \"x\"}", lines);
        Assert.Contains("+  kind        state", lines);
        Assert.Equal(Messy, File.ReadAllText(messy));

        (exit, _, _) = TheoryProcess.Run(temp.Path, "format", "--diff", "--check", "messy.theory");
        Assert.Equal(1, exit);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_alone_and_reported()
    {
        using var temp = new TempDirectory();
        var broken = temp.Write("t/broken.theory", "construct a {kind\ncmoc C1: a => -> b\n");
        var messy = temp.Write("t/messy.theory", Messy);

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "format", "t");
        Assert.Equal(1, exit);
        Assert.Contains("t/broken.theory was not formatted: it has syntax errors", stderr, StringComparison.Ordinal);
        Assert.Contains("error TH1", stderr, StringComparison.Ordinal);
        Assert.Equal("construct a {kind\ncmoc C1: a => -> b\n", File.ReadAllText(broken));
        // The other file is still formatted.
        Assert.Equal(Tidy, File.ReadAllText(messy));
        Assert.Contains("formatted t/messy.theory", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_file_outside_the_named_paths_is_not_touched()
    {
        using var temp = new TempDirectory();
        var shared = temp.Write("shared.theory", "construct   shared\n");
        temp.Write("main/main.theory", "import \"../shared.theory\"\nconstruct   a\n");
        temp.Write("theory.json", "{ \"sources\": [\"main\", \"shared.theory\"] }");

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "format", "main");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal("construct   shared\n", File.ReadAllText(shared));
        Assert.Equal("import \"../shared.theory\"\nconstruct a\n", File.ReadAllText(Path.Combine(temp.Path, "main", "main.theory")));
    }

    [Fact]
    public void The_examples_and_a_new_project_are_formatted()
    {
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "format", "--check", "examples");
        Assert.True(exit == 0, stdout + stderr);

        using var temp = new TempDirectory();
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "new", "demo");
        Assert.True(exit == 0, stderr);
        (exit, stdout, stderr) = TheoryProcess.Run(Path.Combine(temp.Path, "demo"), "format", "--check");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Control_characters_in_a_comment_reach_the_diff_escaped()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", "construct   a // \u001b[31mred\u202e\n");
        var (_, stdout, _) = TheoryProcess.Run(temp.Path, "format", "--diff", "t.theory");
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u202e', stdout);
        Assert.Contains("U+001B", stdout, StringComparison.Ordinal);
    }
}
