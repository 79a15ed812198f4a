namespace Theory.Cli.Tests;

/// <summary>
/// Runs the `theory` command line. <see cref="Run"/> runs it in process, through the same entry
/// point as the tool (<see cref="TheoryCommandLine.Run(string[], CliContext)"/>) with an explicit
/// working folder, environment and captured output: most tests need nothing more, and a process
/// start costs a tenth of a second or more. <see cref="RunProcess"/> starts the built tool as a
/// real process, for the few tests where the process boundary itself is the point.
/// </summary>
internal static class TheoryProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>In process, with <paramref name="environment"/> laid over the process's variables.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, Path.GetFullPath(workingDirectory),
            name => environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        var exit = TheoryCommandLine.Run(args, context);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built tool (theory.dll beside the tests) as a real process.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunProcess(string workingDirectory, params string[] args) =>
        ProcessRunner.Run("dotnet", args.Prepend(Path.Combine(AppContext.BaseDirectory, "theory.dll")), workingDirectory, TimeSpan.FromSeconds(60));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Theory.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Theory.sln not found");
    }
}
