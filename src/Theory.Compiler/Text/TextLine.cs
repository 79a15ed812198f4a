namespace Theory.Text;

/// <summary>One line of a <see cref="SourceText"/>, with and without its line break.</summary>
public readonly record struct TextLine(SourceText Text, int LineNumber, int Start, int Length, int LengthIncludingLineBreak)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);


    public override string ToString() => Text.ToString(Span);
}
