using System.CommandLine;

namespace Theory.Cli.Tests;

/// <summary>An exception escaping a command becomes one "internal error" line and exit code 3, not a stack trace.</summary>
public class InternalErrorTests
{
    [Fact]
    public void An_escaped_exception_is_reported_as_an_internal_error()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, Directory.GetCurrentDirectory(), _ => null);
        var root = TheoryCommandLine.CreateRoot(context);
        var boom = new Command("boom", "Throws, to test the guard.");
        boom.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("the binder lost its place")));
        root.Subcommands.Add(boom);

        var exit = TheoryCommandLine.Run(root, ["boom"], context);

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("theory: internal error: InvalidOperationException: the binder lost its place", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("This is a bug in Theory", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }
}
