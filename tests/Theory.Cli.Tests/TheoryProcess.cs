namespace Theory.Cli.Tests;

/// <summary>Runs the built `theory` tool (theory.dll beside the tests) as a real process.</summary>
internal static class TheoryProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        ProcessRunner.Run("dotnet", args.Prepend(Path.Combine(AppContext.BaseDirectory, "theory.dll")), workingDirectory, TimeSpan.FromSeconds(60),
            environment.ToDictionary(e => e.Key, e => (string?)e.Value));

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
