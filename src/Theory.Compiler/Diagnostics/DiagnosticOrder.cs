namespace Theory.Diagnostics;

/// <summary>
/// The one order diagnostics are reported in, everywhere: file, position, length, ID, then message.
/// Total, so output never depends on the order checks ran in; the message is formatted only to
/// break a tie, which keeps sorting a million diagnostics cheap.
/// </summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    private DiagnosticOrder()
    {
    }

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;

        var order = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (order == 0)
            order = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (order == 0)
            order = x.Location.Span.Length.CompareTo(y.Location.Span.Length);
        if (order == 0)
            order = string.CompareOrdinal(x.Id, y.Id);
        if (order == 0)
            order = string.CompareOrdinal(x.Message, y.Message);
        return order;
    }
}
