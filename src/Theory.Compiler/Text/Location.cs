namespace Theory.Text;

/// <summary>A span in a particular source text: where a diagnostic points.</summary>
public sealed record Location(SourceText Text, TextSpan Span)
{
    public string FilePath => Text.FilePath;

    public LinePositionSpan LineSpan => Text.GetLinePositionSpan(Span);

    /// <summary>
    /// True when the location names a whole file and no place in it: a file that is missing or
    /// cannot be read has no text to point into. Writers show the path alone.
    /// </summary>
    public bool IsWholeFile { get; private init; }

    /// <summary>A location for a problem with the file at <paramref name="path"/> as a whole.</summary>
    public static Location OfFile(string path) => new(SourceText.From("", path), default(TextSpan)) { IsWholeFile = true };

    public override string ToString() => IsWholeFile ? FilePath : $"{FilePath}({LineSpan.Start})";
}
