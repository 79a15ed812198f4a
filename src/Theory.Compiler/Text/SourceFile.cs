namespace Theory.Text;

/// <summary>
/// Reads a source file from disk, defensively: a compiler that CI runs on every commit must not
/// hang on a named pipe, read a device forever, or run out of memory on a huge file.
/// </summary>
internal static class SourceFile
{
    public const long MaxBytes = Limits.SourceFileBytes;

    /// <summary>
    /// Reads and decodes (strict UTF-8) the file at <paramref name="path"/>, or says why it cannot.
    /// Pipes, sockets and devices report no length and are never opened: opening a pipe blocks
    /// until something writes to it, and /dev/zero never ends. They read as empty, like an empty
    /// file, which .NET cannot tell them apart from.
    /// </summary>
    public static SourceText? TryRead(string path, out string? error) =>
        TryReadBytes(path, out error) is { } bytes && SourceTextDecoder.TryDecode(bytes, path, out var text, out error) ? text : null;

    /// <summary>The file's bytes, within the size limit, or null with the reason.</summary>
    public static byte[]? TryReadBytes(string path, out string? error)
    {
        try
        {
            if (Directory.Exists(path))
            {
                error = "it is a directory, not a file";
                return null;
            }

            var info = new FileInfo(path);
#if NET
            // A link's own length is the length of the path it holds: measure what it points at.
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
                info = target;
#endif
            if (!info.Exists)
            {
                error = "the file does not exist";
                return null;
            }

            if (info.Length > MaxBytes)
            {
                error = $"the file is {info.Length / (1024 * 1024)} MiB; the limit is {MaxBytes / (1024 * 1024)} MiB";
                return null;
            }

            error = null;
            return info.Length == 0 ? [] : ReadExactly(path, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }

    // At most the length seen before opening: a file that grows while it is read cannot make the read unbounded.
    private static byte[] ReadExactly(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
                break;
            read += n;
        }

        return read == buffer.Length ? buffer : buffer.AsSpan(0, read).ToArray();
    }
}
