namespace Theory.Projects;

/// <summary>
/// Path arithmetic for workspaces, on strings only: a workspace over memory or a build's
/// AdditionalFiles must never touch the process's current directory or the disk.
/// </summary>
internal static class WorkspacePath
{
    private static readonly StringComparison Comparison =
        Semantics.PathComparison.IsCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer Comparer { get; } =
        Semantics.PathComparison.IsCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary><paramref name="path"/> made full against <paramref name="baseDirectory"/>, with `.` and `..` resolved.</summary>
    public static string Resolve(string baseDirectory, string path) =>
        Normalise(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));

    /// <summary>
    /// Where a path written in a file (an import, a bibliography) leads from <paramref name="directory"/>,
    /// or null when what is written is empty or holds a NUL.
    /// </summary>
    public static string? TryResolve(string directory, string written) =>
        string.IsNullOrWhiteSpace(written) || written.IndexOf('\0') >= 0 ? null : Resolve(directory, written);

    /// <summary>A rooted path with `.` and `..` resolved and no trailing separator (but the root's own).</summary>
    public static string Normalise(string path)
    {
        if (!Path.IsPathRooted(path))
            throw new ArgumentException($"'{path}' is not a full path", nameof(path));
        return TrimEndingSeparator(Path.GetFullPath(path));
    }

    public static string TrimEndingSeparator(string path) =>
        path.Length > 1 && (path[^1] == Path.DirectorySeparatorChar || path[^1] == Path.AltDirectorySeparatorChar) && Path.GetPathRoot(path) != path
            ? path[..^1]
            : path;

    /// <summary>The folder with one trailing separator, for prefix tests.</summary>
    public static string AsDirectoryPrefix(string fullDirectory) =>
        fullDirectory.EndsWith(Path.DirectorySeparatorChar) ? fullDirectory : fullDirectory + Path.DirectorySeparatorChar;

    /// <summary>True when <paramref name="fullPath"/> is <paramref name="root"/> or lies beneath it.</summary>
    public static bool IsInside(string fullPath, string root) =>
        fullPath.Equals(root, Comparison) || fullPath.StartsWith(AsDirectoryPrefix(root), Comparison);

    /// <summary>How a path is shown: relative to the base folder when inside it, else in full.</summary>
    public static string Display(string baseDirectory, string fullPath) =>
        IsInside(fullPath, baseDirectory) && !fullPath.Equals(baseDirectory, Comparison)
            ? fullPath[AsDirectoryPrefix(baseDirectory).Length..]
            : fullPath;
}
