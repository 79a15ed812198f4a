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
        Assert.Equal("The NHS and \\\"a\\\" quote", a1.Title);
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
    public void Problems_are_diagnostics_and_reading_goes_on(string text, string message)
    {
        var file = BibliographyFile.Parse(SourceText.From(text + "\n@misc{after, title = {t}}", "r.bib"));
        Assert.Contains(file.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains(file.Entries, e => e.Name == "after");
        Assert.All(file.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, file.Text.Length));
    }
}
