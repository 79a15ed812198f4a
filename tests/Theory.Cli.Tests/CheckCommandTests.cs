using System.Text.Json;

namespace Theory.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void The_bundled_example_checks_clean()
    {
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "check", "examples/interorganisational-collaboration");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Checked 4 files: 0 errors, 0 warnings, 3 info.", stdout);
    }

    [Fact]
    public void Ten_errors_are_printed_with_source_excerpts_and_exit_code_1()
    {
        var (exit, stdout, _) = TheoryProcess.Run(
            TheoryProcess.RepositoryRoot, "check", "tests/Theory.Compiler.Tests/Baselines/ten-errors.theory");
        Assert.Equal(1, exit);
        var headers = stdout.Split('\n').Where(l => l.Contains(": error TH1", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, headers.Count);
        Assert.Contains("tests/Theory.Compiler.Tests/Baselines/ten-errors.theory(12,3): error TH1001: expected a CMOC clause", stdout);
        // The excerpt: the source line, then carets under `mechansim`.
        Assert.Contains("  12 |   mechansim increased faith\n     |   ^^^^^^^^^\n", stdout);
        Assert.Contains("= help:", stdout);
        Assert.Contains("note: the block opens here", stdout);
        Assert.Contains("Checked 1 file: 12 errors,", stdout);
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        using var temp = new TempDirectory();
        temp.Write("a.theory", "construct trust { specialises }\n");
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--format", "json", "a.theory");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("TH1002", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(30, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Directories_are_searched_recursively_for_theory_files()
    {
        using var temp = new TempDirectory();
        temp.Write("one.theory", "construct a\n");
        temp.Write("nested/deeper/two.theory", "construct b\n");
        temp.Write("nested/ignored.txt", "not a theory {");
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", ".");
        Assert.Equal(0, exit);
        Assert.Contains("Checked 2 files: 0 errors, 2 warnings, 0 info.", stdout);
    }

    [Fact]
    public void Missing_files_are_usage_errors_without_stack_traces()
    {
        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", "missing.theory");
        Assert.Equal(2, exit);
        Assert.Contains("missing.theory: error TH3005: cannot find 'missing.theory': no such file or directory\n", stdout);
        Assert.Contains("Checked 0 files: 1 error, 0 warnings, 0 info.", stdout);
        Assert.Equal("", stderr);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }

    [Fact]
    public void Invalid_utf8_is_an_io_error()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("bad.theory", [(byte)'c', 0xFF, 0xFE]);
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "bad.theory");
        Assert.Equal(2, exit);
        Assert.Contains("bad.theory: error TH3006: cannot read 'bad.theory': the file is not valid UTF-8 (invalid byte at offset 1)", stdout);
    }

    [Fact]
    public void A_directory_without_theories_and_unknown_options_exit_2()
    {
        using var temp = new TempDirectory();
        var empty = TheoryProcess.Run(temp.Path, "check", ".");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains(".: error TH3007: no .theory files found in directory '.'", empty.Stdout);
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "check", "--format", "xml", ".");
        Assert.Equal(2, exit);
        Assert.Contains("theory --help", stderr);
    }

    [Fact]
    public void Version_and_help_work()
    {
        var (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
        var help = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "check", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--format", help.Stdout);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_path_not_a_response_file()
    {
        using var temp = new TempDirectory();
        var secret = temp.Write("secret.txt", "line one of a secret\nline two\n");
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", "@" + secret);
        Assert.Equal(2, exit);
        Assert.Contains($"cannot find '@{secret}'", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", (stdout + stderr).Replace("secret.txt", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
