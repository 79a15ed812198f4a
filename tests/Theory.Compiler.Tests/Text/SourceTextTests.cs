using Theory.Text;

namespace Theory.Compiler.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc\r\n", 4)]
    [InlineData("a\rb\nc\r\nd", 4)]
    [InlineData("", 1)]
    public void Counts_every_kind_of_line_break_once(string text, int lines)
    {
        Assert.Equal(lines, SourceText.From(text).Lines.Length);
    }

    [Fact]
    public void Maps_positions_to_lines_and_columns_with_crlf()
    {
        var text = SourceText.From("ab\r\ncd\re");
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(5));
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(7));
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(8));
        Assert.Equal("cd", text.Lines[1].ToString());
    }

    [Fact]
    public void Decoder_keeps_the_byte_order_mark_and_rejects_invalid_utf8()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, (byte)'x'];
        Assert.True(SourceTextDecoder.TryDecode(withBom, "a.theory", out var text, out _));
        Assert.Equal("\uFEFFx", text!.ToString());
        Assert.Equal(withBom, SourceTextDecoder.Encode(text.ToString()));

        Assert.False(SourceTextDecoder.TryDecode([(byte)'a', 0xC3, 0x28], "b.theory", out _, out var error));
        Assert.Contains("not valid UTF-8", error);
    }

    [Fact]
    public void Text_spans_compare_and_contain()
    {
        var span = TextSpan.FromBounds(2, 5);
        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.True(span.OverlapsWith(new TextSpan(4, 3)));
        Assert.False(span.OverlapsWith(new TextSpan(5, 3)));
    }
}
