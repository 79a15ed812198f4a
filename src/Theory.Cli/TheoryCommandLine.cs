using System.CommandLine;
using Theory.Cli.Commands;

namespace Theory.Cli;

/// <summary>Builds the `theory` command tree and runs it; usage errors exit with code 2.</summary>
internal static class TheoryCommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Theory: checks and builds programme theories (context–mechanism–outcome configurations) written in .theory files.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        root.Subcommands.Add(QueryCommand.Create(stdout, stderr));
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(GraphCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine($"theory: error: {error.Message}");
            stderr.WriteLine("Run 'theory --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return result.Invoke(configuration);
    }
}
