using Theory.Text;

namespace Theory.Projects;

/// <summary>
/// Files on disk, read defensively (<see cref="SourceFile"/>): no special files, a size cap,
/// strict UTF-8 for theory files (data files: <see cref="TryReadData"/>). Folders are searched without following links to folders.
/// </summary>
public sealed class DiskFileProvider : IDataFileProvider
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseSensitive,
    };

    public static DiskFileProvider Instance { get; } = new();

    private DiskFileProvider()
    {
    }

    public FileEntryKind GetKind(string fullPath) =>
        Directory.Exists(fullPath) ? FileEntryKind.Directory : File.Exists(fullPath) ? FileEntryKind.File : FileEntryKind.Missing;

    public string? TryReadText(string fullPath, out string? error) => SourceFile.TryRead(fullPath, out error)?.ToString();

    public string? TryReadData(string fullPath, out string? legacyEncoding, out string? error)
    {
        legacyEncoding = null;
        if (SourceFile.TryReadBytes(fullPath, out error) is not { } bytes)
            return null;
        var decoded = DataTextDecoder.Decode(bytes);
        legacyEncoding = decoded.LegacyEncoding;
        error = decoded.Error;
        return decoded.Text;
    }

    public IReadOnlyList<string> EnumerateFiles(string fullDirectory, string extension)
    {
        try
        {
            return [.. Directory.EnumerateFiles(fullDirectory, "*" + extension, Recursive).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public string? GetRealPath(string fullPath)
    {
        try
        {
            return RealPath.Of(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
