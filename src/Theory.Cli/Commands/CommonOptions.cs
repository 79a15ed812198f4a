using Theory.Projects;
using System.CommandLine;

namespace Theory.Cli.Commands;

/// <summary>Arguments several commands share, declared once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or directories (searched for *.theory; a folder with theory.json uses its sources). Defaults to the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>How long Graphviz may take to render one diagram.</summary>
    public static Option<int> Timeout() => new("--timeout")
    {
        Description = "Seconds Graphviz may take to render one diagram before it is stopped (default 60).",
        DefaultValueFactory = _ => 60,
    };

    /// <summary>
    /// Loads the workspace for a command whose standard output is its product (a diagram, an
    /// answer): problems with the paths go to standard error, and null means exit with 2.
    /// </summary>
    public static TheoryWorkspace? Load(string[] paths, CliContext context)
    {
        var workspace = TheoryWorkspace.Load(paths, context.WorkingDirectory);
        if (!workspace.HasLoadErrors)
            return workspace;
        foreach (var diagnostic in workspace.LoadDiagnostics)
            context.Stderr.WriteLine($"theory: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {Output.TerminalText.Safe(diagnostic.Message)}");
        return null;
    }

    /// <summary>
    /// Loads the workspace for a command about exactly one theory (`verb` names the command in the
    /// message when there are several). Null means exit with 2, the reason already printed.
    /// </summary>
    public static (TheoryWorkspace Workspace, Semantics.Compilation Compilation)? LoadSingle(string[] paths, string verb, CliContext context)
    {
        if (Load(paths, context) is not { } workspace)
            return null;
        if (workspace.Compilations.Length == 1)
            return (workspace, workspace.Compilations[0]);
        Fail(context.Stderr, $"{verb} one theory, but {workspace.Compilations.Length} were found; pass one theory file or project folder");
        return null;
    }

    /// <summary>
    /// For a command that writes one file about one theory (report, appendix): checks the timeout,
    /// loads the theory and refuses an output that is one of its inputs. Null means exit with 2.
    /// </summary>
    public static (TheoryWorkspace Workspace, Semantics.Compilation Compilation, string FullOutput)? LoadOneTheory(
        string[] paths, string output, int timeoutSeconds, CliContext context)
    {
        if (timeoutSeconds <= 0)
        {
            Fail(context.Stderr, "--timeout must be a positive number of seconds");
            return null;
        }

        if (LoadSingle(paths, "report shows", context) is not (var workspace, var compilation))
            return null;
        var full = context.FullPath(output);
        if (!workspace.IsInput(full))
            return (workspace, compilation, full);
        Fail(context.Stderr, $"'{Output.TerminalText.Safe(output)}' is one of the theory's own files; write to another file");
        return null;
    }

    /// <summary>Writes a command's one output file atomically and says so; the exit code follows the theory's errors.</summary>
    public static int WriteOutput(string fullPath, string shownPath, byte[] bytes, Semantics.Compilation compilation, CliContext context)
    {
        try
        {
            Output.AtomicFileWriter.WriteBytes(fullPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(context.Stderr, $"cannot write '{Output.TerminalText.Safe(shownPath)}': {e.Message}");
        }

        context.Stdout.WriteLine($"wrote {Output.TerminalText.Safe(shownPath)}");
        return compilation.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>Prints a usage or I/O error the way every command does, and returns exit code 2.</summary>
    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"theory: error: {message}");
        return ExitCodes.UsageOrIo;
    }
}
