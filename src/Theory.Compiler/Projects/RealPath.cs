namespace Theory.Projects;

/// <summary>
/// The path a file really lives at, with every symbolic link on the way resolved (like POSIX
/// realpath). Checking only the last component would let `linked/secret.theory` leave the project
/// through a linked folder.
/// </summary>
internal static class RealPath
{
    // Like the kernel's ELOOP limit: a cycle of links ends in an error, not a hang.
    private const int MaxLinks = 40;

    /// <summary>The resolved full path, or null when the links loop or cannot be read.</summary>
    public static string? Of(string fullPath)
    {
        var links = 0;
        var pending = new Stack<string>(SplitReversed(fullPath));
        var current = Path.GetPathRoot(fullPath) ?? "/";
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
                return null;
            // A relative target is relative to the link's folder; either way, walk its parts again.
            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            foreach (var piece in SplitReversed(resolved))
                pending.Push(piece);
            current = Path.GetPathRoot(resolved) ?? "/";
        }

        return current;
    }

    private static IEnumerable<string> SplitReversed(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        return fullPath[root.Length..]
            .Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Reverse();
    }
}
