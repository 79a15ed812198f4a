namespace Theory.Cli.Tests;

/// <summary>`theory report` from the command line: one page per theory, never over an input.</summary>
public class ReportCommandTests
{
    [Fact]
    public void Report_writes_one_page_that_names_the_web_and_the_claims()
    {
        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "report", Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration"), "-o", "ioc.html");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal("wrote ioc.html\n", stdout.ReplaceLineEndings("\n"));
        var page = File.ReadAllText(Path.Combine(temp.Path, "ioc.html"));
        Assert.Contains("id=\"construct:trust\"", page, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"CF1\"", page, StringComparison.Ordinal);
        // Paths in the page are the project's own, not this machine's.
        Assert.DoesNotContain(TheoryProcess.RepositoryRoot, page, StringComparison.Ordinal);
        Assert.Contains("\"file\":\"collaborative-performance.theory\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_refuses_to_write_over_a_theory_file_or_to_mix_theories()
    {
        using var temp = new TempDirectory();
        var theory = temp.Write("t/t.theory", "construct a\n");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "report", "t", "-o", "t/t.theory");
        Assert.Equal(2, exit);
        Assert.Contains("is one of the theory's own files", stderr, StringComparison.Ordinal);
        Assert.Equal("construct a\n", File.ReadAllText(theory));

        temp.Write("two/a.theory", "construct a\n");
        temp.Write("two/b.theory", "construct b\n");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "report", "two");
        Assert.Equal(2, exit);
        Assert.Contains("report shows one theory, but 2 were found", stderr, StringComparison.Ordinal);
    }
}
