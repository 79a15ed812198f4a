using Theory.Bibliography;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

public class BibliographyTests
{
    [Fact]
    public void Reads_braces_quotes_strings_concatenation_and_comments()
    {
        var file = BibliographyFile.Parse(SourceText.From("""
            Free text before entries is a comment.
            @String{j = "Journal of {Things}"}
            @comment{ @article{hidden, title = {x}} }
            @article{a1,
              Author = {Smith, {A}nn and Jones, Bob},
              TITLE  = "The {NHS} and {\"a\"} quote",
              journal = j # {, part } # "2",
              year = 2020,
              month = feb,
            }
            @book(b2, title = {Parens})
            """, "r.bib"));
        Assert.Empty(file.Diagnostics);
        Assert.Equal(["a1", "b2"], file.Entries.Select(e => e.Name));
        var a1 = file.Entries[0];
        Assert.Equal("article", a1.EntryType);
        Assert.Equal("Smith, Ann and Jones, Bob", a1.Author);
        // `{\"a}` is LaTeX for ä; the stray `\"` before the brace is an accent on nothing.
        Assert.Equal("The NHS and ä quote", a1.Title);
        Assert.Equal("Journal of Things, part 2", a1.Fields["journal"]);
        Assert.Equal("February", a1.Fields["month"]);
        Assert.Equal("2020", a1.Year);
    }

    [Theory]
    [InlineData("@article{x, title = {open", "never closed")]
    [InlineData("@article{, title = {t}}", "no citation key")]
    [InlineData("@article{x, title = nosuch}", "not defined by an @string")]
    [InlineData("@article{x, title = {a}, title = {b}}", "field `title` twice")]
    [InlineData("@article{x}\n@article{x}", "defined twice")]
    [InlineData("@", "expected an entry type")]
    [InlineData("@article x", "expected `{` or `(`")]
    [InlineData("@article{x, title = \"a } b\"}", "closes no `{`")]
    [InlineData("@article{x, title = \"a {b} \"c\"}", "expected `}`")]
    public void Problems_are_diagnostics_and_reading_goes_on(string text, string message)
    {
        var file = BibliographyFile.Parse(SourceText.From(text + "\n@misc{after, title = {t}}", "r.bib"));
        Assert.Contains(file.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains(file.Entries, e => e.Name == "after");
        Assert.All(file.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, file.Text.Length));
    }
}

public class BibliographyLimitTests
{
    // Each @string doubles the last: 30 steps would be 2^30 copies of the text from a few hundred
    // bytes. The process used to run out of memory and abort.
    [Fact]
    public void String_expansion_that_doubles_is_cut_at_the_value_limit_with_a_diagnostic()
    {
        var text = new System.Text.StringBuilder("@string{s0 = \"abcdefgh\"}\n");
        for (var i = 1; i <= 30; i++)
            text.Append($"@string{{s{i} = s{i - 1} # s{i - 1}}}\n");
        text.Append("@article{a, title = s30, year = 2020}\n");
        var file = BibliographyFile.Parse(SourceText.From(text.ToString(), "r.bib"));

        var entry = Assert.Single(file.Entries);
        Assert.InRange(entry.Title?.Length ?? 0, 0, Limits.BibTexValueLength);
        Assert.Contains(file.Diagnostics, d => d.Id == "TH3009" && d.Message.Contains("this value reached its limit of 100,000 characters", StringComparison.Ordinal));
        Assert.Contains(file.Diagnostics, d => d.Id == "TH3009" && d.Message.Contains("`@string` expansion in this file reached its limit", StringComparison.Ordinal));
        Assert.Equal("2020", entry.Year);
    }

    // A value under the per-value limit, used in every entry, still cannot multiply a small file
    // into gigabytes: the file's expansions share one budget.
    [Fact]
    public void Many_uses_of_a_long_string_share_one_budget_per_file()
    {
        var text = new System.Text.StringBuilder("@string{s0 = \"abcdefgh\"}\n");
        for (var i = 1; i <= 13; i++)
            text.Append($"@string{{s{i} = s{i - 1} # s{i - 1}}}\n");   // s13: 65,536 characters
        for (var i = 0; i < 2_000; i++)
            text.Append($"@misc{{m{i}, note = s13}}\n");
        var file = BibliographyFile.Parse(SourceText.From(text.ToString(), "r.bib"));

        Assert.Equal(2_000, file.Entries.Length);
        var budget = Limits.BibTexExpansionAllowance + 16L * file.Text.Length;
        Assert.InRange(file.Entries.Sum(e => (long)(e.Fields.GetValueOrDefault("note")?.Length ?? 0)), budget / 2, budget);
        var limit = Assert.Single(file.Diagnostics, d => d.Id == "TH3009");
        Assert.Contains("`@string` expansion in this file reached its limit", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expansions_within_the_limits_are_whole_and_silent()
    {
        var text = "@string{j = \"Journal of Health Services Research\"}\n"
            + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"@article{{a{i}, journal = j}}\n"));
        var file = BibliographyFile.Parse(SourceText.From(text, "r.bib"));
        Assert.Empty(file.Diagnostics);
        Assert.All(file.Entries, e => Assert.Equal("Journal of Health Services Research", e.Fields["journal"]));
    }

    // An entry with an unclosed brace, a quote or a comment's parenthesis made the parser rescan
    // the rest of the file for that entry; so many such entries took time quadratic in the file
    // (60,000 took minutes). Each kind is reported, and the entries after it are still read.
    [Theory]
    [InlineData("@article{k{0}, title = {never closed\n", "this `{` is never closed")]
    [InlineData("@article{k{0}, title = \"never closed\n", "this `\"` is never closed")]
    [InlineData("@comment(k{0}\n", "this `(` is never closed")]
    [InlineData("@article{k{0}, title = \"a {b\" }\n", "this `\"` is never closed")]
    public void Many_unclosed_entries_take_one_pass(string broken, string message)
    {
        const int count = 40_000;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(broken.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        text.Append("@misc{last, title = {t}}\n");

        var file = BibliographyFile.Parse(SourceText.From(text.ToString(), "r.bib"));

        Assert.True(file.Diagnostics.Count(d => d.Message.Contains(message, StringComparison.Ordinal)) >= 1);
        Assert.Contains(file.Entries, e => e.Name == "last");
    }

    [Fact]
    public void Quoted_values_keep_braced_quotes_and_nested_groups()
    {
        var file = BibliographyFile.Parse(SourceText.From("@article{x, title = \"The {\"}quoted{\"} {{N}HS} way\"}", "r.bib"));
        Assert.Empty(file.Diagnostics);
        Assert.Equal("The \"quoted\" NHS way", file.Entries[0].Title);
    }
}
