using System.Globalization;
using System.Text;

namespace Theory.LanguageServer.JsonRpc;

/// <summary>
/// The base protocol's framing: a `Content-Length` header, a blank line, then that many bytes of
/// UTF-8 JSON. Reads are bounded: a header block or a message larger than the limits ends the
/// connection rather than the process's memory.
/// </summary>
internal static class MessageFraming
{
    /// <summary>The largest message accepted: a 64 MB theory file, JSON-escaped, is far beyond any real edit.</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    private const int MaxHeaderBytes = 8 * 1024;

    /// <summary>The next message's bytes, or null at the end of the stream.</summary>
    public static async Task<byte[]?> ReadAsync(Stream input, CancellationToken cancellation)
    {
        int? length = null;
        var header = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var read = await input.ReadAsync(one, cancellation).ConfigureAwait(false);
            if (read == 0)
                return null;
            header.Add(one[0]);
            if (header.Count > MaxHeaderBytes)
                throw new InvalidDataException("message header too long");
            if (header.Count < 2 || header[^2] != '\r' || header[^1] != '\n')
                continue;
            var line = Encoding.ASCII.GetString([.. header], 0, header.Count - 2);
            header.Clear();
            if (line.Length == 0)
            {
                if (length is null)
                    continue; // stray blank line between messages
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > MaxMessageBytes)
                    throw new InvalidDataException($"bad Content-Length: {line}");
                length = value;
            }
        }

        var body = new byte[length.Value];
        await input.ReadExactlyAsync(body, cancellation).ConfigureAwait(false);
        return body;
    }

    public static async Task WriteAsync(Stream output, byte[] body, CancellationToken cancellation)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await output.WriteAsync(header, cancellation).ConfigureAwait(false);
        await output.WriteAsync(body, cancellation).ConfigureAwait(false);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
    }
}
