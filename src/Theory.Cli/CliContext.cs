namespace Theory.Cli;

/// <summary>
/// What a run of the `theory` command sees of the world: its output streams, the folder relative
/// paths are resolved against, and its environment variables. Passed explicitly, never read from
/// the process, so the command line runs in process (tests, hosts) exactly as it runs as a tool.
/// </summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, string WorkingDirectory, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>The context of the running process.</summary>
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable);

    /// <summary>Tests only: called before each step of a build's switch to its new outputs, to fail or stop it there.</summary>
    internal Action<int>? BeforeSwitchStep { get; init; }

    /// <summary>The process's standard input and output as byte streams (the language server speaks bytes); tests replace them.</summary>
    internal Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    internal Func<Stream> StandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>A path from the command line made full against the working folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
