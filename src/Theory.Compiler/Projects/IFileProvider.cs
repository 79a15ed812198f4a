namespace Theory.Projects;

/// <summary>
/// Where a workspace gets its files: the disk for the command line, memory for tests, the
/// language server's open documents and the browser, the build's AdditionalFiles for the source
/// generator. Every path handed to a provider is full and normalised (see <see cref="TheoryWorkspace"/>);
/// a provider never throws for a problem with a file, it says why in <c>error</c>.
/// </summary>
public interface IFileProvider
{
    /// <summary>Whether <paramref name="fullPath"/> names a file, a folder or nothing.</summary>
    FileEntryKind GetKind(string fullPath);

    /// <summary>The decoded text of a file, or null with the reason (missing, too large, not UTF-8, unreadable).</summary>
    string? TryReadText(string fullPath, out string? error);

    /// <summary>Files below <paramref name="fullDirectory"/> (recursively) whose names end with <paramref name="extension"/>, in ordinal order.</summary>
    IReadOnlyList<string> EnumerateFiles(string fullDirectory, string extension);

    /// <summary>
    /// The path with every symbolic link on the way resolved, or null when the links loop. Providers
    /// without links return the path itself. The workspace compares it with the project root, so a
    /// linked file or folder cannot lead out of the project.
    /// </summary>
    string? GetRealPath(string fullPath);
}
