using Theory.Formatting;
using Theory.Projects;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Formatting;

/// <summary>
/// The formatter: golden files (Cases/NAME.theory is formatted into NAME.formatted.txt; re-bless
/// with THEORY_BLESS=1), the layout rules one at a time, and the guarantees over every theory
/// file of the repository: formatting is idempotent and changes nothing but layout.
/// </summary>
public class FormatterTests
{
    private static string Cases => Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Formatting", "Cases");

    public static TheoryData<string> CaseNames() =>
        [.. Directory.EnumerateFiles(Cases, "*.theory").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> RepositoryFiles() =>
        [.. TestPaths.AllTheoryFiles().Select(p => Path.GetRelativePath(TestPaths.RepositoryRoot, p))];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_matches_its_golden_file(string name)
    {
        var original = File.ReadAllText(Path.Combine(Cases, name + ".theory"));
        var formatted = Format(original);
        Baseline.AssertMatches(Path.Combine(Cases, name + ".formatted.txt"), formatted);
        Assert.Equal(formatted, Format(formatted));
        FormattingEquivalence.AssertSameTokensAndComments(original, formatted);
    }

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Every_repository_file_formats_idempotently_without_changing_a_token(string relativePath)
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));
        var tree = SyntaxTree.ParseText(original);
        if (!TheoryFormatter.CanFormat(tree))
        {
            // Files with syntax errors are test inputs of the parser; the formatter leaves them alone.
            Assert.Null(TheoryFormatter.Format(tree));
            return;
        }

        var formatted = TheoryFormatter.Format(tree)!;
        Assert.Equal(formatted, Format(formatted));
        FormattingEquivalence.AssertSameTokensAndComments(original, formatted);
    }

    [Theory]
    [InlineData("greater-manchester")]
    [InlineData("initial-rough-theory")]
    [InlineData("interorganisational-collaboration")]
    [InlineData("intersectoral-partnerships")]
    public void Formatting_an_example_leaves_its_model_and_diagnostics_as_they_were(string example)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "examples", example);
        var before = TheoryWorkspace.Load([folder], folder);
        var after = before;
        foreach (var file in Directory.EnumerateFiles(folder, "*.theory"))
        {
            // Unformatted on purpose: spread every token onto its own line first, so the
            // formatter has real work to do whatever state the example is in.
            var scrambled = Scramble(File.ReadAllText(file));
            after = after.WithDocumentText(file, Format(scrambled));
        }

        FormattingEquivalence.AssertSameModel(before, after);
    }

    [Fact]
    public void A_generated_project_formats_idempotently_and_builds_the_same_model()
    {
        const string root = "/corpus";
        var files = Theory.Benchmarks.CorpusGenerator.Generate(300, 100);
        var before = TheoryWorkspace.Load(["."], new WorkspaceOptions
        {
            BaseDirectory = root,
            FileProvider = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create($"{root}/{f.Path}", f.Text))),
        });
        var after = before;
        foreach (var (path, text) in files.Where(f => f.Path.EndsWith(".theory", StringComparison.Ordinal)))
        {
            var formatted = Format(text);
            Assert.Equal(formatted, Format(formatted));
            FormattingEquivalence.AssertSameTokensAndComments(text, formatted);
            after = after.WithDocumentText($"{root}/{path}", formatted);
        }

        FormattingEquivalence.AssertSameModel(before, after);
    }

    [Fact]
    public void The_examples_are_formatted()
    {
        var examples = TestPaths.AllTheoryFiles().Where(p => p.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var unformatted = examples.Where(p => Format(File.ReadAllText(p)) != File.ReadAllText(p).ReplaceLineEndings("\n"))
            .Select(p => Path.GetRelativePath(TestPaths.RepositoryRoot, p)).ToList();
        Assert.True(unformatted.Count == 0, "run `theory format examples`: " + string.Join(", ", unformatted));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted()
    {
        var tree = SyntaxTree.ParseText("construct a { kind\ncmoc C1: a => -> b\n");
        Assert.False(TheoryFormatter.CanFormat(tree));
        Assert.Null(TheoryFormatter.Format(tree));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n\n", "")]
    [InlineData("// only a comment", "// only a comment\n")]
    [InlineData("construct   a\n\n\n\nconstruct b", "construct a\n\nconstruct b\n")]
    [InlineData("construct a { kind state }", "construct a { kind state }\n")]
    [InlineData("construct a {kind state description \"x\"}", "construct a {\n  kind        state\n  description \"x\"\n}\n")]
    [InlineData("construct a {\nkind state}", "construct a {\n  kind state\n}\n")]
    [InlineData("construct a { }", "construct a { }\n")]
    [InlineData("stages early<late", "stages early < late\n")]
    [InlineData("cmoc C1 : a=>b->c evidence @x at \"p. 1\" , @y", "cmoc C1: a => b -> c\n  evidence @x at \"p. 1\", @y\n")]
    [InlineData("cmoc C1 { for T . x }", "cmoc C1 { for T.x }\n")]
    public void Layout_rules(string input, string expected) => Assert.Equal(expected, Format(input));

    [Fact]
    public void Multi_line_declarations_stand_apart_and_one_line_declarations_keep_their_grouping()
    {
        const string input = "construct a { kind state }\nconstruct b { kind state }\ncmoc C1 {\ncontext a\nmechanism b\noutcome a\n}\nconstruct c";
        Assert.Equal(
            "construct a { kind state }\nconstruct b { kind state }\n\ncmoc C1 {\n  context   a\n  mechanism b\n  outcome   a\n}\n\nconstruct c\n",
            Format(input));
    }

    [Fact]
    public void Comments_stay_where_they_were_and_trailing_comments_line_up()
    {
        const string input = "// head\n\nimport \"a.theory\" // first\nimport \"longer-name.theory\"   // second\n\n  // before b\nconstruct b { kind state } /* after */\n";
        Assert.Equal(
            "// head\n\nimport \"a.theory\"            // first\nimport \"longer-name.theory\"  // second\n\n// before b\nconstruct b { kind state } /* after */\n",
            Format(input));
    }

    [Fact]
    public void A_comment_inside_a_block_keeps_the_block_open()
    {
        Assert.Equal("construct a {\n  // why\n  kind state\n}\n", Format("construct a {\n// why\nkind state }"));
        Assert.Equal("construct a {  // why\n  kind state\n}\n", Format("construct a { // why\nkind state }"));
        Assert.Equal("construct a {\n  kind state  // why\n}\n", Format("construct a { kind state // why\n}"));
    }

    [Fact]
    public void A_long_if_then_because_line_breaks_under_its_if()
    {
        var input = "cmoc TR1 if present constructive_conflict_resolution then increased perception_of_progress, increased faith because increased trust";
        Assert.Equal(
            "cmoc TR1 if present constructive_conflict_resolution\n         then increased perception_of_progress, increased faith\n         because increased trust\n",
            Format(input));
        Assert.Equal("cmoc T if a then b because c\n", Format("cmoc T if a\n then b\n because c"));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_kept()
    {
        Assert.Equal("construct a\r\n\r\nconstruct b\r\n", Format("construct a\r\n\r\n\r\nconstruct b"));
        Assert.Equal("\uFEFFconstruct a\n", Format("\uFEFF  construct a"));
    }

    [Fact]
    public void A_suppression_comment_covers_the_same_declaration_after_formatting()
    {
        const string input = "construct a { kind state }\n   // suppress TH2001: kept for the next phase\n      construct   unused { kind state }";
        var formatted = Format(input);
        Assert.Contains("// suppress TH2001: kept for the next phase\nconstruct unused", formatted, StringComparison.Ordinal);
    }

    private static string Format(string text) =>
        TheoryFormatter.Format(SyntaxTree.ParseText(text)) ?? throw new InvalidOperationException("syntax errors in:\n" + text);

    /// <summary>Every token on its own line (comments kept, with the line break a line comment needs).</summary>
    private static string Scramble(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in SyntaxTree.ParseText(text).Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Where(IsComment))
                builder.Append(trivia.Text).Append('\n');
            builder.Append(token.Text).Append('\n');
            foreach (var trivia in token.TrailingTrivia.Where(IsComment))
                builder.Append(trivia.Text).Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;
}
