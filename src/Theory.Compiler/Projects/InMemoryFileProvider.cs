using System.Collections.Immutable;

namespace Theory.Projects;

/// <summary>
/// Files held in memory, by full path: for tests, an editor's unsaved documents and hosts with no
/// disk. Folders exist where some file lies beneath them. There are no links.
/// </summary>
public sealed class InMemoryFileProvider : IFileProvider
{
    private readonly ImmutableSortedDictionary<string, string> _files;

    public InMemoryFileProvider(IEnumerable<KeyValuePair<string, string>> files)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
            builder[WorkspacePath.Normalise(path)] = text ?? throw new ArgumentException($"the text of '{path}' is null", nameof(files));
        _files = builder.ToImmutable();
    }

    /// <summary>Every file, by full path.</summary>
    public IReadOnlyDictionary<string, string> Files => _files;

    public FileEntryKind GetKind(string fullPath)
    {
        if (_files.ContainsKey(fullPath))
            return FileEntryKind.File;
        var prefix = WorkspacePath.AsDirectoryPrefix(fullPath);
        return _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) ? FileEntryKind.Directory : FileEntryKind.Missing;
    }

    public string? TryReadText(string fullPath, out string? error)
    {
        if (_files.TryGetValue(fullPath, out var text))
        {
            error = null;
            return text;
        }

        error = GetKind(fullPath) == FileEntryKind.Directory ? "it is a directory, not a file" : "the file does not exist";
        return null;
    }

    public IReadOnlyList<string> EnumerateFiles(string fullDirectory, string extension)
    {
        var prefix = WorkspacePath.AsDirectoryPrefix(fullDirectory);
        return [.. _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.EndsWith(extension, StringComparison.Ordinal))];
    }

    public string? GetRealPath(string fullPath) => fullPath;
}
