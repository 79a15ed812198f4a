namespace Theory.Cli.Tests;

/// <summary>
/// The few tests that start the built tool as a real process: what only the process boundary
/// shows (the entry point, exit codes as the shell sees them, UTF-8 on standard output, the
/// working folder of the process). Every other CLI test runs the command line in process.
/// </summary>
public class ProcessBoundaryTests
{
    [Fact]
    public void The_tool_checks_the_bundled_example_from_its_own_working_folder()
    {
        var (exit, stdout, stderr) = TheoryProcess.RunProcess(TheoryProcess.RepositoryRoot, "check", "examples/interorganisational-collaboration");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Checked 4 files: 0 errors, 0 warnings, 3 info.", stdout);
    }

    [Fact]
    public void Errors_exit_with_1_and_missing_paths_with_2_as_the_shell_sees_them()
    {
        using var temp = new TempDirectory();
        temp.Write("é.theory", "construct café { kind nonsense }\n");
        var (exit, stdout, _) = TheoryProcess.RunProcess(temp.Path, "check", "é.theory");
        Assert.Equal(1, exit);
        Assert.Contains("é.theory(1,", stdout); // UTF-8 through the process's standard output
        Assert.Equal(2, TheoryProcess.RunProcess(temp.Path, "check", "missing.theory").ExitCode);
    }
}
