namespace Theory.Semantics;

/// <summary>
/// Where an import points. Paths are relative to the importing file; the result must stay inside
/// the project root. Shared by the compilation (which checks) and the loader (which reads).
/// </summary>
internal static class ImportResolution
{
    /// <summary>The full path an import names, or null when the importing file has no path.</summary>
    public static string? Resolve(string importingFile, string importPath)
    {
        if (string.IsNullOrEmpty(importingFile) || string.IsNullOrWhiteSpace(importPath) || importPath.Contains('\0'))
            return null;
        var directory = Path.GetDirectoryName(Path.GetFullPath(importingFile)) ?? "";
        return Path.GetFullPath(Path.Combine(directory, importPath));
    }

    /// <summary>True when <paramref name="fullPath"/> is the root itself or lies beneath it.</summary>
    public static bool IsInside(string fullPath, string root)
    {
        var normalisedRoot = TrimEndingSeparator(Path.GetFullPath(root));
        var comparison = PathComparison.IsCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return fullPath.Equals(normalisedRoot, comparison)
            || fullPath.StartsWith(normalisedRoot + Path.DirectorySeparatorChar, comparison);
    }

    // Path.TrimEndingDirectorySeparator is not in netstandard2.0; a filesystem root keeps its separator.
    private static string TrimEndingSeparator(string path) =>
        path.Length > 1 && (path[path.Length - 1] == Path.DirectorySeparatorChar || path[path.Length - 1] == Path.AltDirectorySeparatorChar)
            && Path.GetPathRoot(path) != path
            ? path.Substring(0, path.Length - 1)
            : path;
}
