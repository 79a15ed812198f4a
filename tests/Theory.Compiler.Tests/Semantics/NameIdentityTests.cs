using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// One name is one name however its letters are composed, and names that only look alike are
/// reported: a contradiction between `trust` and a pasted `trуst` used to pass as "no problems".
/// The Unicode tables are the compiler's own, so the answers are the same on every machine.
/// </summary>
public class NameIdentityTests
{
    [Theory]
    [InlineData("\u00E9", "e\u0301")]                          // é composed and decomposed
    [InlineData("\u1E69", "s\u0323\u0307")]                    // ṩ: marks reordered by class
    [InlineData("\u1E69", "s\u0307\u0323")]
    [InlineData("\uD55C", "\u1112\u1161\u11AB")]               // Hangul syllable and its jamo
    [InlineData("\u212B", "\u00C5")]                           // ANGSTROM SIGN is canonically Å
    public void Canonically_equivalent_names_are_one_name(string a, string b)
    {
        Assert.True(NameComparer.Instance.Equals(a, b));
        Assert.Equal(NameComparer.Instance.GetHashCode(a), NameComparer.Instance.GetHashCode(b));
    }

    [Theory]
    [InlineData("\uFB01nance", "finance")]                     // ligature
    [InlineData("\uFF54\uFF52\uFF55\uFF53\uFF54", "trust")]    // full-width
    [InlineData("\u00B5", "\u03BC")]                           // MICRO SIGN and Greek mu
    [InlineData("O", "0")]                                     // confusables.txt maps 0 to O
    public void Compatibility_forms_and_look_alikes_share_a_skeleton(string a, string b)
    {
        Assert.False(NameComparer.Instance.Equals(a, b));
        Assert.Equal(NameForms.Skeleton(a), NameForms.Skeleton(b));
    }

    [Fact]
    public void The_ascii_shortcuts_give_the_skeleton_the_table_gives()
    {
        // Every ASCII character alone and beside a letter, then random ASCII names, with and
        // without the characters the table maps (`0`, `1`, `I`, `l`, `|`, `m`, `rn`).
        var names = new List<string>();
        for (var c = 0; c < 128; c++)
            names.AddRange([((char)c).ToString(), "a" + (char)c, (char)c + "_b"]);
        var random = new Random(15);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_|`'\"-. ";
        for (var i = 0; i < 5000; i++)
            names.Add(new string([.. Enumerable.Range(0, random.Next(1, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        var mapped = 0;
        foreach (var name in names)
        {
            var skeleton = NameForms.Skeleton(name);
            Assert.Equal(NameForms.SkeletonFromTable(name), skeleton);
            if (!string.Equals(skeleton, name, StringComparison.Ordinal))
                mapped++;
        }

        // The shortcut that returns the name itself must not be the only one taken.
        Assert.True(mapped > 1000, $"only {mapped} names had a skeleton of their own");
    }

    [Fact]
    public void A_contradiction_between_a_composed_and_a_decomposed_spelling_is_found()
    {
        var text = "construct caf\u00E9\nconstruct m\nconstruct o\n"
            + "cmoc C1: high caf\u00E9 => increased m -> increased o\n"
            + "cmoc C2: high cafe\u0301 => decreased m -> increased o\n";
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "TH2001");
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "TH2301");
        Assert.Single(compilation.Constructs, c => NameComparer.Instance.Equals(c.Name, "caf\u00E9"));
    }

    [Fact]
    public void Declaring_both_spellings_is_a_duplicate_declaration()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("construct caf\u00E9\nconstruct cafe\u0301\n", "t.theory")]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "TH2006");
    }

    [Fact]
    public void Look_alike_names_and_mixed_scripts_are_warned_about_once_each()
    {
        var text = "construct trust\nconstruct tr\u0443st\nconstruct \uFF46inance\nconstruct \uFB01nance\nconstruct rnodel\nconstruct model\n";
        var diagnostics = Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]).GetDiagnostics();

        var mixed = Assert.Single(diagnostics, d => d.Id == "TH2015");
        Assert.Contains("`tr\u0443st` mixes Latin letters with Cyrillic ones (U+0443 `\u0443`)", mixed.Message, StringComparison.Ordinal);
        var alike = diagnostics.Where(d => d.Id == "TH2014").Select(d => d.Message).ToList();
        Assert.Equal(2, alike.Count);
        Assert.Contains(alike, m => m.StartsWith("construct `\uFB01nance` looks like construct `\uFF46inance`", StringComparison.Ordinal));
        Assert.Contains(alike, m => m.StartsWith("construct `model` looks like construct `rnodel`", StringComparison.Ordinal));
        Assert.All(diagnostics.Where(d => d.Id == "TH2014"), d => Assert.Single(d.RelatedLocations));
    }

    [Fact]
    public void Names_in_one_script_and_distinct_names_are_not_warned_about()
    {
        var text = "construct trust\nconstruct faith\nconstruct \u0434\u043E\u0432\u0435\u0440\u0438\u0435\nconstruct \u03B5\u03BC\u03C0\u03B9\u03C3\u03C4\u03BF\u03C3\u03CD\u03BD\u03B7\nconstruct \u4FE1\u4EFB_score\n";
        var diagnostics = Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]).GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Id is "TH2014" or "TH2015");
    }
}
