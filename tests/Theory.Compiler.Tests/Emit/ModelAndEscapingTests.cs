using System.Globalization;
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

    private static TheoryModel Dense(int n, IEnumerable<Link> extra, Func<int, int, bool>? include = null)
    {
        var ids = Enumerable.Range(0, n).Select(i => $"n{i}").ToList();
        var links = from a in Enumerable.Range(0, n) from b in Enumerable.Range(0, n)
                    where a != b && (include?.Invoke(a, b) ?? true)
                    select new Link(ids[a], ids[b], Sign.Positive, ValueList<string>.Empty, false);
        var constructs = ids.Append("t").Select(id => new Construct(id, null, null, ConstructKind.State, ValueList<string>.Empty, null, null));
        return new TheoryModel("D", null, null, new ValueList<Construct>(constructs), ValueList<Cmoc>.Empty,
            new ValueList<Link>(links.Concat(extra)), ValueList<FeedbackLoop>.Empty, ValueList<Measure>.Empty);
    }

    // A 70-construct web with every link ran for more than three minutes in FindPaths, which
    // walked every simple path up to the length bound before looking at the target.
    [Fact]
    public void Paths_in_a_dense_web_are_found_within_the_step_budget()
    {
        var model = Dense(70, [new Link("n1", "t", Sign.Negative, ValueList<string>.Empty, false)]);

        Assert.True(model.TryFindPaths("n0", "t", out var paths));
        Assert.Equal(100, paths.Count);
        Assert.Equal(2, paths[0].Count);
        Assert.True(paths.Zip(paths.Skip(1)).All(p => p.First.Count <= p.Second.Count));
        Assert.All(paths, p => Assert.Equal(p.Count + 1, p.Select(l => l.From).Append("t").Distinct().Count()));

        Assert.True(model.TryFindPaths("n0", "nowhere", out var none));
        Assert.Empty(none);
        Assert.True(model.TryFindPaths("t", "n0", out var fromSink));
        Assert.Empty(fromSink);
    }

    // Every construct can reach the target in two links, but only through the start, which a
    // simple path cannot visit again: no pruning helps, and only the budget stops the search.
    [Fact]
    public void A_search_that_runs_out_of_steps_says_so_and_keeps_what_it_found()
    {
        var model = Dense(70, [new Link("n0", "t", Sign.Positive, ValueList<string>.Empty, false)]);

        Assert.False(model.TryFindPaths("n0", "t", out var paths));
        var only = Assert.Single(paths);
        Assert.Equal("n0->t", string.Concat(only.Select(l => l.From + "->" + l.To)));
        Assert.Single(model.FindPaths("n0", "t"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Long_dot_strings_are_joined_pieces_that_never_split_an_escape_or_a_character(int seed)
    {
        var random = new Random(seed);
        string[] alphabet = ["\\", "\"", "&", "é", "\U0001F600", "x", "中", "{", "|"];
        var text = string.Concat(Enumerable.Range(0, 30_000).Select(_ => alphabet[random.Next(alphabet.Length)]));
        var escaped = DotText.EscapeLabel(text);

        var quoted = DotText.Id(text);
        var pieces = quoted[1..^1].Split("\" + \"");
        Assert.True(pieces.Length > 1);
        Assert.Equal(escaped, string.Concat(pieces));
        foreach (var piece in pieces)
        {
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(piece), 1, 16_384);
            Assert.False(char.IsHighSurrogate(piece[^1]));
            var trailing = piece.Length - piece.TrimEnd('\\').Length;
            Assert.True(trailing % 2 == 0, "a piece ends inside an escape");
        }
    }

    [Fact]
    public void Shown_text_is_cut_with_an_ellipsis_and_never_inside_a_surrogate_pair()
    {
        var text = new string('x', Limits.DiagramTextLength - 2) + "\U0001F600\U0001F600";
        var clipped = DotText.Clip(text);
        Assert.Equal(Limits.DiagramTextLength - 1, clipped.Length);
        Assert.EndsWith("x…", clipped, StringComparison.Ordinal);
        Assert.Equal("short", DotText.Clip("short"));
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

    [Fact]
    public void Record_text_is_wrapped_and_escaped_as_the_word_by_word_rule_says_shortcuts_included()
    {
        // The rule, spelled out: words split on spaces, rejoined with one space, a line broken
        // before a word that would pass the width; then each of & \ " { } | < > escaped.
        static List<string> Wrapped(string text, int columns)
        {
            var lines = new List<string> { "" };
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > columns)
                    lines.Add("");
                lines[^1] += (lines[^1].Length > 0 ? " " : "") + word;
            }

            return lines;
        }

        static string Escaped(string text) =>
            string.Concat(text.Select(c => c == '&' ? "&amp;" : "\\&\"{}|<>".Contains(c) ? "\\" + c : c.ToString()));

        static string LabelEscaped(string text) =>
            string.Concat(text.Select(c => c == '&' ? "&amp;" : c is '\\' or '"' ? "\\" + c : c.ToString()));

        var random = new Random(15);
        const string alphabet = "ab cd  ef&\\\"{}|<>xyz";
        for (var i = 0; i < 3000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            foreach (var columns in new[] { 4, 12, 24, 60 })
                Assert.Equal(Wrapped(text, columns), DotText.WrapWords(text, columns));
            Assert.Equal(Escaped(text), DotText.EscapeRecordField(text));
            Assert.Equal(LabelEscaped(text), DotText.EscapeLabel(text));
        }
    }

    [Fact]
    public void Every_character_is_kept_or_made_a_space_as_its_category_says_ascii_shortcut_included()
    {
        // The rule, spelled out: controls, line and paragraph separators and the bidirectional
        // marks and overrides become spaces; every other character (surrogates aside) stays.
        static bool Replaced(char c) =>
            "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\uFEFF".Contains(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
                continue;
            var expected = "a" + (Replaced(c) ? ' ' : c) + "b";
            Assert.Equal(expected, TextSanitiser.OneLine("a" + c + "b"));
            if (c is not ('\n' or '\r'))
                Assert.Equal(expected, TextSanitiser.KeepLines("a" + c + "b"));
        }

        // Line breaks stay in a workbook's cells: CR LF and LF as LF, a lone CR as a space.
        Assert.Equal("x\ny z\n\u0020", TextSanitiser.KeepLines("x\r\ny\rz\n\u0007"));
        Assert.Equal("", TextSanitiser.KeepLines(null));
    }
}
