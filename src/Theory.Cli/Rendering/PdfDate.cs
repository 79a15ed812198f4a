using System.Text;

namespace Theory.Cli.Rendering;

/// <summary>
/// Graphviz's PDF (through cairo) records the time it was made, so two builds of one theory gave
/// different bytes. The <c>/CreationDate (D:…)</c> entry is overwritten with spaces, which PDF reads
/// as whitespace between dictionary entries: the length is unchanged, so the cross-reference
/// table's byte offsets stay right, and the document simply carries no date.
/// </summary>
internal static class PdfDate
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("/CreationDate (");

    public static void Erase(byte[] pdf)
    {
        var span = pdf.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf(Key);
            if (found < 0)
                return;
            var start = at + found;
            var end = span[(start + Key.Length)..].IndexOf((byte)')');
            if (end < 0 || end > 64)
                return;
            span.Slice(start, Key.Length + end + 1).Fill((byte)' ');
            at = start + Key.Length + end + 1;
        }
    }
}
