using System.Diagnostics;

namespace Theory.Cli.Tests;

/// <summary>Runs the dotnet CLI (build, run) for the tests that consume Theory from a C# project.</summary>
internal static class DotNetProcess
{
    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A build started from inside a test run must not inherit the test host's MSBuild settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
