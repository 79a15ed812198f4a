using System.Text;

namespace Theory.Cli.Tests;

/// <summary>
/// The CLI against hostile files and destinations, as a real process: every case ends with a
/// one-line error or bounded output and the documented exit code, never a stack trace or a hang.
/// Read-only folders cannot be made here (the tests run as root, and chmod does not stop root),
/// so /proc, where not even root may create a folder, stands in for one.
/// </summary>
public class AdversarialCliTests
{
    private const string Theory = "construct a\nconstruct b\ncmoc C: high a => increased b -> increased a\n";

    [Fact]
    public void Outputs_to_a_read_only_place_or_under_a_file_fail_cleanly_and_write_nothing()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Theory);
        temp.Write("plain-file", "not a folder");

        foreach (var output in new[] { "/proc/theory-out", "plain-file/out" })
        {
            var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "build", "t.theory", "--force", "--no-svg", "-o", output);
            Assert.Equal(2, exit);
            Assert.StartsWith("theory: error: cannot write the outputs (the previous outputs are unchanged):", stderr.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr);
        }

        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(temp.Path, "plain-file")));
        Assert.False(Directory.Exists("/proc/theory-out"));
    }

    // A repository can commit `out` (or theory.json's output) as a link to any folder on the machine.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_output_folder_linked_to_outside_the_project_is_refused(bool fromTheoryJson)
    {
        using var temp = new TempDirectory();
        using var elsewhere = new TempDirectory();
        temp.Write("project/t.theory", "construct a\nconstruct b\nconstruct c\ncmoc C: high a => increased b -> increased c\n");
        if (fromTheoryJson)
            temp.Write("project/theory.json", """{ "output": "generated" }""");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "project", fromTheoryJson ? "generated" : "out"), elsewhere.Path);

        var (exit, _, stderr) = TheoryProcess.Run(Path.Combine(temp.Path, "project"), "build", ".", "--no-svg", "--force");

        Assert.Equal(2, exit);
        Assert.Contains("leads outside the project through a symbolic link", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void A_directory_where_a_file_is_expected_is_named_as_such()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Theory);
        Directory.CreateDirectory(Path.Combine(temp.Path, "table.csv"));

        var (graphExit, _, graphError) = TheoryProcess.Run(temp.Path, "graph", "t.theory", "-o", ".");
        Assert.Equal(2, graphExit);
        Assert.Contains("Is a directory", graphError, StringComparison.Ordinal);

        var (importExit, _, importError) = TheoryProcess.Run(temp.Path, "import", "csv", "table.csv");
        Assert.Equal(2, importExit);
        Assert.Contains("cannot read 'table.csv': it is a directory, not a file", importError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_among_the_theories_does_not_hang_the_check()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Theory.Replace("increased a", "increased b2", StringComparison.Ordinal) + "construct b2\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(temp.Path, "pipe.theory")]))
            mkfifo.WaitForExit();

        // The runner's 60 s limit would fail this test if opening the pipe blocked.
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", ".");
        Assert.Equal(0, exit);
        Assert.Contains("Checked 2 files", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_on_a_50_MB_line_prints_a_window_of_it_not_the_line()
    {
        using var temp = new TempDirectory();
        var text = new StringBuilder("theory T { title \"").Append('x', 50_000_000).Append("\" } construct a # construct b").ToString();
        temp.Write("long.theory", text);

        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "long.theory");
        Assert.Equal(1, exit);
        Assert.Contains("long.theory(1,50000035): error TH1005: invalid character `#`", stdout, StringComparison.Ordinal);
        Assert.True(stdout.Length < 5_000, $"printed {stdout.Length} characters");
        var lines = stdout.Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains("TH1005", StringComparison.Ordinal));
        var (excerpt, underline) = (lines[at + 1], lines[at + 2]);
        Assert.StartsWith("   1 | …xxx", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("construct a # construct b", excerpt.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(excerpt.IndexOf('#', StringComparison.Ordinal), underline.IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void No_output_is_written_over_an_input()
    {
        using var temp = new TempDirectory();
        var theory = "construct a\nconstruct b\nlink high a -> increased b\n";
        temp.Write("t.theory", theory);
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", "t.theory", "-o", "t.theory");
        Assert.Equal(2, exit);
        Assert.Contains("'t.theory' is one of the theory's own files", stderr, StringComparison.Ordinal);
        Assert.Equal(theory, File.ReadAllText(Path.Combine(temp.Path, "t.theory")));

        // A theory named after its file `theory.theory` would build `theory.json` over the settings.
        temp.Write("project/theory.json", "{}\n");
        temp.Write("project/theory.theory", theory);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", "project", "-o", "project", "--no-svg");
        Assert.Equal(2, exit);
        Assert.Contains("would write over 'project/theory.json', which is one of its own inputs", stderr, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(temp.Path, "project", "theory.json")));

        temp.Write("table.csv", "ID,Context,Mechanism,Outcome\nA1,high a,increased b,increased c\n");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "import", "csv", "table.csv", "-o", "table.csv", "--force");
        Assert.Equal(2, exit);
        Assert.StartsWith("ID,Context", File.ReadAllText(Path.Combine(temp.Path, "table.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Theory_json_cannot_send_the_build_outside_the_project()
    {
        using var temp = new TempDirectory();
        foreach (var escape in new[] { "../escaped", "/tmp/theory-escaped-" + Guid.NewGuid().ToString("N"), "inside/../../escaped2" })
        {
            var project = Path.Combine(temp.Path, "p" + Math.Abs(escape.GetHashCode(StringComparison.Ordinal)));
            temp.Write(Path.Combine(project, "theory.json"), $$"""{ "output": "{{escape}}" }""");
            temp.Write(Path.Combine(project, "t.theory"), "construct a\nconstruct b\nlink high a -> increased b\n");
            var (exit, stdout, _) = TheoryProcess.Run(project, "build", ".", "--no-svg");
            Assert.Equal(1, exit); // TH3001 is an error: nothing is built
            Assert.Contains("error TH3001: theory.json: `output` must be a folder inside the project", stdout, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.GetFullPath(escape, project)), $"{escape} was written");
        }
    }
}
