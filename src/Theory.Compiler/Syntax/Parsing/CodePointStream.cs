using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The text as Unicode code points for ANTLR's lexer, so a letter beyond the Basic Multilingual
/// Plane is one symbol. Unlike ANTLR's own code-point stream, a lone surrogate (which a string in
/// memory may hold) is kept as a symbol of its own, for the lexer's invalid-character rule,
/// instead of throwing.
/// </summary>
internal sealed class CodePointStream : ICharStream
{
    private readonly int[] _codePoints;
    private int _index;

    public CodePointStream(string text)
    {
        var codePoints = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(text[i]);
            }
        }

        _codePoints = [.. codePoints];
    }

    public int Index => _index;

    public int Size => _codePoints.Length;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (_index >= _codePoints.Length)
            throw new InvalidOperationException("cannot consume EOF");
        _index++;
    }

    [return: NotNull]
    public string GetText(Interval interval)
    {
        var start = Math.Max(0, interval.a);
        var stop = Math.Min(interval.b, _codePoints.Length - 1);
        var builder = new System.Text.StringBuilder(Math.Max(0, stop - start + 1));
        for (var i = start; i <= stop; i++)
        {
            var c = _codePoints[i];
            if (c > 0xFFFF)
                builder.Append(char.ConvertFromUtf32(c));
            else
                builder.Append((char)c);
        }

        return builder.ToString();
    }

    public int LA(int i)
    {
        if (i == 0)
            return 0;
        var at = i < 0 ? _index + i : _index + i - 1;
        return at < 0 || at >= _codePoints.Length ? IntStreamConstants.EOF : _codePoints[at];
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _index = Math.Min(Math.Max(0, index), _codePoints.Length);
}
