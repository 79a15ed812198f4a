namespace Theory.Cli.Rendering;

/// <summary>Finds a tool: the executable an environment variable names, else the first on PATH.</summary>
internal static class ExecutableSearch
{
    public static string? Locate(Func<string, string?> environment, string variable, string name)
    {
        if (environment(variable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".bat" } : [name];
        foreach (var directory in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names.Select(n => Path.Combine(directory, n)))
            {
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }
}
