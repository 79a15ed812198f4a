namespace Theory.Cli.Tests;

/// <summary>Runs the dotnet CLI (build, pack, tool install) for the tests that consume Theory from a C# project.</summary>
internal static class DotNetProcess
{
    // A build started from inside a test run must not inherit the test host's MSBuild settings.
    private static readonly Dictionary<string, string?> CleanEnvironment = new()
    {
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
    };

    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var (exit, stdout, stderr) = ProcessRunner.Run("dotnet", args, workingDirectory, timeout, CleanEnvironment);
        return (exit, stdout + stderr);
    }
}
