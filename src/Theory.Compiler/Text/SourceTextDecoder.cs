using System.Text;

namespace Theory.Text;

/// <summary>
/// Turns file bytes into a <see cref="SourceText"/>. Strict UTF-8: invalid bytes are an I/O
/// problem for the caller to report, never silently replaced. A byte order mark is kept as
/// U+FEFF in the text so that the syntax tree still round-trips the file byte for byte.
/// </summary>
public static class SourceTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, string filePath, out SourceText? text, out string? error)
    {
        if (bytes is null)
            throw new ArgumentNullException(nameof(bytes));
        try
        {
            text = SourceText.From(StrictUtf8.GetString(bytes), filePath);
            error = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = null;
            error = ex.Index >= 0
                ? $"the file is not valid UTF-8 (invalid byte at offset {ex.Index})"
                : "the file is not valid UTF-8";
            return false;
        }
    }

    /// <summary>Encodes text back to the bytes it came from (UTF-8, BOM only if the text holds one).</summary>
    public static byte[] Encode(string text) => StrictUtf8.GetBytes(text);
}
