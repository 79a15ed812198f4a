namespace Theory.Emit.Dot;

/// <summary>
/// Writes DOT with two-space indentation and LF line ends, whatever the platform, to text kept in
/// memory or straight to a file: the web of a large theory is tens of megabytes, and held whole as
/// a builder, then a string, then bytes, it was copied three times through the large-object heap.
/// </summary>
internal sealed class DotWriter
{
    private readonly TextWriter _output;
    private int _indent;

    /// <summary>A writer that keeps its text, for <see cref="ToString"/>.</summary>
    public DotWriter()
        : this(new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
    {
    }

    public DotWriter(TextWriter output) => _output = output;

    public DotWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            Indent();
            _output.Write(text);
        }

        _output.Write('\n');
        return this;
    }

    public DotWriter Open(string text)
    {
        Line(text + " {");
        _indent++;
        return this;
    }

    public DotWriter Close()
    {
        _indent--;
        return Line("}");
    }

    /// <summary>`name [a=b, c=d];` with attributes in the order given, those with empty values left out; values are already DOT syntax.</summary>
    public DotWriter Statement(string subject, params (string Name, string Value)[] attributes)
    {
        Indent();
        _output.Write(subject);
        var first = true;
        foreach (var (name, value) in attributes)
        {
            if (value.Length == 0)
                continue;
            _output.Write(first ? " [" : ", ");
            _output.Write(name);
            _output.Write('=');
            _output.Write(value);
            first = false;
        }

        _output.Write(first ? ";\n" : "];\n");
        return this;
    }

    /// <summary>The text written, when the writer keeps it.</summary>
    public override string ToString() => _output is StringWriter text ? text.ToString() : base.ToString()!;

    private void Indent()
    {
        for (var i = 0; i < _indent; i++)
            _output.Write("  ");
    }
}
