namespace Theory.Text;

/// <summary>A span expressed as zero-based start and end line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"({Start})-({End})";
}
