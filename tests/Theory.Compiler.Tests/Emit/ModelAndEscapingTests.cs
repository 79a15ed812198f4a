using Theory.Emit;
using Theory.Emit.Csv;
using Theory.Emit.Dot;
using Theory.Emit.Mermaid;
using Theory.Model;

namespace Theory.Compiler.Tests.Emit;

/// <summary>Unit tests for the runtime model's graph helpers and for each format's escaping primitive.</summary>
public class ModelAndEscapingTests
{
    private static readonly TheoryModel Model = new(
        "T", null, null,
        new ValueList<Construct>(new[] { "a", "b", "c", "d" }.Select(id => new Construct(id, null, null, ConstructKind.State, ValueList<string>.Empty, null, null))),
        ValueList<Cmoc>.Empty,
        new ValueList<Link>(
            new Link("a", "b", Sign.Positive, new ValueList<string>("C1"), false),
            new Link("b", "c", Sign.Negative, new ValueList<string>("C2"), false),
            new Link("a", "c", Sign.Positive, new ValueList<string>("C3"), true),
            new Link("c", "a", Sign.Positive, new ValueList<string>("C4"), false)),
        ValueList<FeedbackLoop>.Empty,
        new ValueList<Measure>(new Measure("Q1", null, null, "likert5", "a", IsReversed: true)));

    [Fact]
    public void Paths_are_simple_bounded_and_shortest_first()
    {
        var paths = Model.FindPaths("a", "c");
        Assert.Equal(2, paths.Count);
        Assert.Single(paths[0]);
        Assert.Equal(["a->b", "b->c"], paths[1].Select(l => l.From + "->" + l.To));
        Assert.Equal(Sign.Negative, TheoryModel.SignOf(paths[1]));
        Assert.Single(Model.FindPaths("a", "c", maxLength: 1));
        Assert.Single(Model.FindPaths("a", "c", maxPaths: 1));
        Assert.Empty(Model.FindPaths("d", "a"));
    }

    [Fact]
    public void Neighbours_and_measures_are_found()
    {
        Assert.Equal(["b", "c"], Model.GetNeighbours("a").Order());
        Assert.Equal("Q1", Assert.Single(Model.GetMeasures("a")).Id);
        Assert.Empty(Model.GetNeighbours("d"));
        Assert.Null(Model.FindConstruct("z"));
    }

    [Fact]
    public void Value_lists_make_records_compare_by_value()
    {
        Assert.Equal(new ValueList<string>("x", "y"), new ValueList<string>(new[] { "x", "y" }));
        Assert.NotEqual(new ValueList<string>("x", "y"), new ValueList<string>("y", "x"));
        Assert.Equal(new ValueList<string>("x").GetHashCode(), new ValueList<string>("x").GetHashCode());
        Assert.Equal(Model, Model with { Links = new ValueList<Link>(Model.Links) });
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\r\nc\u2028d", "a b  c d")]
    [InlineData("rtl\u202Eevil", "rtl evil")]
    [InlineData("emoji 😀 ok", "emoji 😀 ok")]
    public void Text_is_made_single_line_and_safe(string input, string expected) =>
        Assert.Equal(expected, TextSanitiser.OneLine(input));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        // Built at run time: xunit's test-case serialisation would mangle it as attribute data.
        var lone = "lone " + (char)0xD800 + " surrogate";
        Assert.Equal("lone \uFFFD surrogate", TextSanitiser.OneLine(lone));
    }

    [Fact]
    public void Each_format_escapes_its_own_syntax()
    {
        Assert.Equal("\"say \\\"hi\\\" \\\\N\"", DotText.Quote("say \"hi\" \\N"));
        Assert.Equal("\\{a\\|b\\} \\<p\\>", DotText.EscapeRecordField("{a|b} <p>"));
        Assert.Equal("\"a#34;b#35;c#60;d#62;\"", MermaidEmitter.Quote("a\"b#c<d>"));
        Assert.Equal("'=1+1", CsvEmitter.Cell("=1+1"));
        Assert.Equal("\"'-2, \"\"x\"\"\"", CsvEmitter.Cell("-2, \"x\""));
        Assert.Equal("'@SUM(A1)", CsvEmitter.Cell("@SUM(A1)"));
        Assert.Equal("safe", CsvEmitter.Cell("safe"));
    }
}
