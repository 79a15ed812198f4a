using System.Diagnostics;

namespace Theory.Cli.Tests;

/// <summary>Runs the built `theory` tool (theory.dll beside the tests) as a real process.</summary>
internal static class TheoryProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "theory.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("theory did not finish within 60 s: " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

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
