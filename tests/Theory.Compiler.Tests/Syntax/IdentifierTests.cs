using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// Names follow Unicode's identifier rules (UAX #31), so "any script" holds: letters with
/// combining marks (Devanagari, Thai), letters beyond the Basic Multilingual Plane, and no
/// symbols or punctuation.
/// </summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("विश्वास")]                 // Devanagari: a virama and vowel signs are combining marks
    [InlineData("ความไว้วางใจ")]            // Thai: tone marks and vowels above are combining marks
    [InlineData("𐐷𐐯𐑅𐐻")]                   // Deseret, beyond U+FFFF
    [InlineData("𠀀信任")]                    // CJK Extension B and the BMP together
    [InlineData("trust_2")]
    [InlineData("_hidden")]
    public void Names_in_any_script_are_names(string name)
    {
        var text = $"construct {name}\nconstruct b\nconstruct c\ncmoc C1: high {name} => increased b -> increased c\n";
        var tree = SyntaxTree.ParseText(text, "t.theory");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, tree.Root.ToFullString());
        var compilation = Compilation.Create([tree]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "TH2001");
        Assert.Contains(compilation.Constructs, c => c.Name == name);
        var cmoc = Assert.Single(compilation.Cmocs);
        Assert.Equal(name, text.Substring(cmoc.Contexts[0].Syntax.Span.Start + "high ".Length, name.Length));
    }

    [Theory]
    [InlineData("😀face")]                  // an emoji is not a letter
    [InlineData("a→b")]                      // an arrow is not part of a name
    [InlineData("½trust")]                   // a vulgar fraction is a number, not a letter
    public void Symbols_are_not_names(string name)
    {
        var tree = SyntaxTree.ParseText($"construct {name}\n", "t.theory");
        Assert.Contains(tree.Diagnostics, d => d.Id == "TH1005" || d.Id == "TH1001");
        Assert.Equal($"construct {name}\n", tree.Root.ToFullString());
    }

    [Fact]
    public void Text_after_an_astral_character_keeps_its_columns()
    {
        var text = "construct 𐐷 \"😀 label\"\nconstruct b oops\n";
        var tree = SyntaxTree.ParseText(text, "t.theory");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("oops", text.Substring(error.Location.Span.Start, error.Location.Span.Length));
        Assert.Equal(text, tree.Root.ToFullString());
    }

    [Fact]
    public void A_lone_surrogate_is_an_invalid_character_not_a_crash()
    {
        var text = "construct a\uD800b\nconstruct c\n";
        var tree = SyntaxTree.ParseText(text, "t.theory");
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.NotEmpty(tree.Diagnostics);
    }
}
