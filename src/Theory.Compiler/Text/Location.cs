namespace Theory.Text;

/// <summary>A span in a particular source text: where a diagnostic points.</summary>
public sealed record Location(SourceText Text, TextSpan Span)
{
    public string FilePath => Text.FilePath;

    public LinePositionSpan LineSpan => Text.GetLinePositionSpan(Span);

    public override string ToString() => $"{FilePath}({LineSpan.Start})";
}
