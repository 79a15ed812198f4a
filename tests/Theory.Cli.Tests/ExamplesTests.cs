namespace Theory.Cli.Tests;

/// <summary>Every folder under examples/ with theory files checks without errors and explains itself in a README.</summary>
public class ExamplesTests
{
    [Theory]
    [MemberData(nameof(BuildCommandTests.Examples), MemberType = typeof(BuildCommandTests))]
    public void Each_example_checks_without_errors_and_has_a_readme(string example)
    {
        var directory = Path.Combine(TheoryProcess.RepositoryRoot, "examples", example);
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "check", directory);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Matches("Checked [0-9]+ files?: (no problems found|0 errors)", stdout);
        Assert.True(File.Exists(Path.Combine(directory, "README.md")), $"{example} has no README.md explaining its remaining diagnostics");
    }
}
