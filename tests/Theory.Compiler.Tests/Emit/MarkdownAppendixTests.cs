using Theory.Emit.Markdown;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Emit;

/// <summary>The CMOC appendix's Markdown: citations pandoc can read whatever the key, and a theory with nothing to tabulate says so.</summary>
public class MarkdownAppendixTests
{
    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);

    [Fact]
    public void A_theory_of_links_only_says_it_has_no_cmocs_yet()
    {
        var markdown = MarkdownAppendixEmitter.Emit(Compile("theory T {}\nconstruct a\nconstruct b\nlink high a -> increased b\n"));
        Assert.Contains("The theory has no CMOCs yet", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| CMOC |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("millar2023", "@millar2023")]
    [InlineData("Millar:2023.a", "@Millar:2023.a")]
    [InlineData("key_with_underscore", "@key_with_underscore")]
    [InlineData("ends.", "@{ends.}")]
    [InlineData("-starts", "@{-starts}")]
    [InlineData("has space", null)]
    [InlineData("has{brace", null)]
    public void Citation_keys_are_bare_braced_or_left_as_text(string key, string? expected) =>
        Assert.Equal(expected, MarkdownText.CitationKey(key));

    [Fact]
    public void Markdown_structure_in_theory_text_is_escaped()
    {
        Assert.Equal("\\*a\\* \\[b\\](c) \\<d\\> \\@e \\$f\\$ \\| g\\_h \\#i \\`j\\`", MarkdownText.Escape("*a* [b](c) <d> @e $f$ | g_h #i `j`"));
        Assert.Equal("one line", MarkdownText.Escape("one\nline"));
    }
}
