namespace Theory.Text;

/// <summary>A zero-based line and character position, as editors and the LSP count them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    /// <summary>One-based "line,column" as compilers print it.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
