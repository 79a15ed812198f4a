using System.Text;

namespace Theory.Text;

/// <summary>
/// Turns the bytes of a data file — a table or a bibliography saved by Excel, Zotero, EndNote or
/// NVivo — into text. Unlike theory files, which are strictly UTF-8, data files come in the
/// encodings those tools write: a byte order mark says UTF-8 or UTF-16 (Excel's "Unicode Text"),
/// UTF-16 without a mark shows itself by a zero byte in the first character, and a file that is
/// not valid UTF-8 is read as Windows-1252 (Excel's "CSV (Comma delimited)" on Windows), which
/// <see cref="DecodedData.LegacyEncoding"/> names so that the caller can say so (TH3010).
/// </summary>
public static class DataTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; a byte order mark is kept as U+FEFF, as for theory files.</summary>
    public static DecodedData Decode(byte[] bytes)
    {
        if (bytes is null)
            throw new ArgumentNullException(nameof(bytes));
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Utf16(bytes, StrictUtf16Le, "UTF-16 (little-endian)", withoutMark: false);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Utf16(bytes, StrictUtf16Be, "UTF-16 (big-endian)", withoutMark: false);
        // Text in UTF-16 without a mark: ASCII's high (little-endian) or low byte is zero.
        if (bytes.Length >= 2 && bytes.Length % 2 == 0 && (bytes[0] != 0) != (bytes[1] != 0))
            return Utf16(bytes, bytes[1] == 0 ? StrictUtf16Le : StrictUtf16Be, bytes[1] == 0 ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)", withoutMark: true);
        try
        {
            return new DecodedData(StrictUtf8.GetString(bytes), null, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedData(Windows1252().GetString(bytes), "Windows-1252", null);
        }
    }

    private static DecodedData Utf16(byte[] bytes, UnicodeEncoding encoding, string name, bool withoutMark)
    {
        try
        {
            if (bytes.Length % 2 != 0)
                return new DecodedData(null, null, $"the file starts as {name} but has an odd number of bytes");
            // UTF-16 with a mark is a Unicode encoding like UTF-8: nothing to warn about. Without
            // one, the guess is worth a word.
            return new DecodedData(encoding.GetString(bytes), withoutMark ? name + " without a byte order mark" : null, null);
        }
        catch (DecoderFallbackException ex)
        {
            return new DecodedData(null, null, $"the file is not valid {name} (invalid bytes at offset {ex.Index})");
        }
    }

    private static Encoding Windows1252() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? throw new InvalidOperationException("Windows-1252 is not available");
}

/// <summary>A data file's text, or why it cannot be read.</summary>
/// <param name="Text">The text, or null when the bytes are not text in any encoding tried.</param>
/// <param name="LegacyEncoding">The encoding assumed when it was not Unicode with a mark or UTF-8 (`Windows-1252`), else null.</param>
/// <param name="Error">Why the bytes could not be decoded, when <paramref name="Text"/> is null.</param>
public sealed record DecodedData(string? Text, string? LegacyEncoding, string? Error);
