using System.CommandLine;
using Theory.Cli.Commands;

namespace Theory.Cli;

/// <summary>Builds the `theory` command tree and runs it; usage errors exit with code 2.</summary>
internal static class TheoryCommandLine
{
    public static int Run(string[] args, CliContext context) => Run(CreateRoot(context), args, context);

    internal static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Theory: checks and builds programme theories (context–mechanism–outcome configurations) written in .theory files.");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(QueryCommand.Create(context));
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(GraphCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(FormatCommand.Create(context));
        root.Subcommands.Add(RenameCommand.Create(context));
        root.Subcommands.Add(LspCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(WatchCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with 2, an escaped exception with 3.</summary>
    internal static int Run(RootCommand root, string[] args, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        // No response files: `theory check @/etc/passwd` must name a path, not make the tool read
        // and echo a file from anywhere on the machine (a theory repository is untrusted in CI).
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine($"theory: error: {error.Message}");
            stderr.WriteLine("Run 'theory --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        // An exception escaping a command is a compiler bug, never the user's fault: say so in one
        // line (no stack trace on a researcher's screen) and exit with a code CI can tell apart.
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return result.Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"theory: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("This is a bug in Theory, not in your theory. Please report it with the command you ran and, if you can, the input.");
            if (context.GetEnvironmentVariable("THEORY_DEBUG") == "1")
                stderr.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
