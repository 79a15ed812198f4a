using System.Text;

namespace Theory.Emit.Dot;

/// <summary>Writes DOT with two-space indentation and LF line ends, whatever the platform.</summary>
internal sealed class DotWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public DotWriter Line(string text = "")
    {
        if (text.Length > 0)
            _builder.Append(' ', _indent * 2).Append(text);
        _builder.Append('\n');
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

    /// <summary>`name [a=b, c=d];` with attributes in the order given; values are already DOT syntax.</summary>
    public DotWriter Statement(string subject, params (string Name, string Value)[] attributes)
    {
        var list = attributes.Where(a => a.Value.Length > 0).Select(a => a.Name + "=" + a.Value);
        var joined = string.Join(", ", list);
        return Line(joined.Length == 0 ? subject + ";" : subject + " [" + joined + "];");
    }

    public override string ToString() => _builder.ToString();
}
