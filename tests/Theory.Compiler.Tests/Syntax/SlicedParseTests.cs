using System.Text;
using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// A large file is parsed in slices of whole declarations at the same time. Slices must make
/// exactly the tree and diagnostics the whole file makes, whatever the cut points, and a cut must
/// never fall inside a declaration, even where a soft keyword is a name or a clause could follow.
/// </summary>
public class SlicedParseTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_parses_to_the_same_tree_in_slices(string relativePath)
    {
        var text = TestPaths.RepositoryText(relativePath);
        AssertSameInSlices(text, 2, 3, 7);
    }

    [Fact]
    public void A_large_theory_is_cut_where_asked_and_parses_the_same()
    {
        var text = SourceText.From(LargeTheory(), "large.theory");
        var lexed = LexedText.Lex(text);

        Assert.Equal(8, DeclarationSlices.Find(lexed, 8).Count);
        AssertSameInSlices(text, 2, 8, 50);
    }

    [Theory]
    [InlineData("chain c: a -> b\nnote \"belongs to the chain\"\ncmoc x: a -> b\nnote \"belongs to x\"\n")]
    [InlineData("cmoc x: a -> b\ndefault evidence @k\ncmoc y: a -> b\n")]
    [InlineData("construct feedback\nconstruct theme\ncmoc 12: high feedback => increased theme -> increased feedback\nfeedback f: a -> b -> a\ntheme t { cmoc 3: a -> b }\n")]
    [InlineData("cmoc x { context present a\n mechanism increased b\n outcome increased c }\ncmoc y: a -> b\n evidence @k quote \"q\"\n")]
    public void Cuts_fall_only_before_declarations_that_nothing_before_can_continue(string source)
    {
        var text = SourceText.From(source, "t.theory");
        Assert.True(DeclarationSlices.Find(LexedText.Lex(text), 10).Count > 1);
        AssertSameInSlices(text, 2, 3, 10);
    }

    [Theory]
    [InlineData("cmoc a1: x -> y\ncmoc a2: x -> \ncmoc a3: x -> y\ncmoc a4: x -> y\n")]
    [InlineData("cmoc a1: x -> y\ncmoc a2 { context x\ncmoc a3: x -> y\ncmoc a4: x -> y\n")]
    [InlineData("cmoc a1: x -> y\n}\ncmoc a3: x -> y\ncmoc a4: x -> y\n")]
    public void A_syntax_error_in_one_slice_reads_as_in_the_whole_file(string source)
    {
        var text = SourceText.From(source, "t.theory");
        Assert.Contains(TheorySyntaxParser.Parse(text, slices: 1).Diagnostics, d => d.Id.StartsWith("TH1", StringComparison.Ordinal));
        AssertSameInSlices(text, 2, 4);
    }

    private static void AssertSameInSlices(SourceText text, params int[] slices)
    {
        var whole = TheorySyntaxParser.Parse(text, slices: 1);
        foreach (var count in slices)
        {
            var sliced = TheorySyntaxParser.Parse(text, slices: count);
            Assert.Equal(StreamingParseTests.Dump(whole.Root), StreamingParseTests.Dump(sliced.Root));
            Assert.Equal(whole.Diagnostics.Select(d => d.ToString()), sliced.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(text.ToString(), sliced.Root.ToFullString());
        }
    }

    // Every kind of top-level declaration, with soft keywords as names, clauses after one-line
    // forms, notes after chains, comments and blank lines between.
    private static string LargeTheory()
    {
        var builder = new StringBuilder("theory T \"Large\" { title \"t\" }\nstages early < late\n");
        builder.Append("typology Setting { urban \"Urban\"\n rural }\nconstruct feedback \"A name that is a keyword\"\n");
        for (var i = 0; i < 60; i++)
        {
            builder.Append($"construct c{i} \"C {i}\" {{ kind state }}\n// a comment before cmoc {i}\n\n");
            builder.Append($"cmoc m{i}: high c{i} => increased feedback -> increased c{i + 1}\n  evidence @k{i}\n  note \"n\"\n");
            builder.Append($"mrt g{i} \"G\" {{ cmoc n{i} {{ context present c{i}\n outcome increased c{i} }} }}\n");
            builder.Append($"chain ch{i}: m{i} -> n{i}\nnote \"a chain's note\"\n");
            builder.Append($"link c{i} -> increased c{i + 1}\nmeasure q{i} \"Q\"\nfeedback f{i}: c{i} -> c{i + 1} -> c{i}\n");
        }

        return builder.ToString();
    }
}
