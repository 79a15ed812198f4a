using Theory.Bibliography;
using Theory.Projects;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>Bibliographies from Zotero (CSL-JSON) and EndNote (RIS) read like BibTeX, and the checks count them.</summary>
public class BibliographyFormatsTests
{
    private const string Zotero = """
        [
          {
            "id": "smith2020",
            "type": "article-journal",
            "title": "Partnerships that last",
            "container-title": "Journal of Integrated Care",
            "author": [ { "family": "Smith", "given": "Ann" }, { "family": "Berg", "given": "Jan", "non-dropping-particle": "van den" } ],
            "issued": { "date-parts": [ [ 2020, 5 ] ] },
            "DOI": "10.1000/xyz_1--2"
          },
          {
            "id": "http://zotero.org/users/1/items/ABCD",
            "type": "report",
            "title": "Evaluation of the Greater Manchester partnership",
            "author": [ { "literal": "NHS England" } ],
            "issued": { "raw": "March 2019" }
          },
          { "id": "smith2020", "type": "book", "title": "Duplicate" },
          { "type": "chapter", "title": "No id", "author": [ { "family": "Jones" } ], "issued": { "date-parts": [ [ 2018 ] ] } }
        ]
        """;

    private const string EndNote = """
        TY  - JOUR
        AU  - Müller, Zoë
        AU  - Evans, David
        PY  - 2010///
        TI  - Health and wellbeing boards: a
          long title wrapped onto a second line
        JO  - Public Health
        SP  - 12
        EP  - 19
        ER  -

        TY  - RPRT
        ID  - kings2016
        AU  - The King's Fund
        PY  - 2016
        TI  - Place-based systems of care
        ER  -

        TY  - BOOK
        AU  - Müller, Anna
        PY  - 2010
        TI  - A second Müller, 2010
        ER  -
        """;

    [Fact]
    public void Csl_json_from_zotero_reads_with_bibtex_field_names()
    {
        var file = BibliographyFile.Parse(SourceText.From(Zotero, "library.json"));

        Assert.Equal(["smith2020", "http://zotero.org/users/1/items/ABCD", "jones2018"], file.Entries.Select(e => e.Name));
        var smith = file.Entries[0];
        Assert.Equal("article", smith.EntryType);
        Assert.Equal("Smith, Ann and van den Berg, Jan", smith.Author);
        Assert.Equal("2020", smith.Year);
        Assert.Equal("Journal of Integrated Care", smith.Fields["journal"]);
        Assert.Equal("10.1000/xyz_1--2", smith.Fields["doi"]);
        Assert.Equal(("techreport", "NHS England", "2019"), (file.Entries[1].EntryType, file.Entries[1].Author, file.Entries[1].Year));
        Assert.Equal("incollection", file.Entries[2].EntryType);
        var duplicate = Assert.Single(file.Diagnostics);
        Assert.Equal("TH2507", duplicate.Id);
        Assert.Contains("defined twice", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_from_endnote_reads_with_keys_made_as_reference_managers_make_them()
    {
        var file = BibliographyFile.Parse(SourceText.From(EndNote, "library.ris"));

        Assert.Empty(file.Diagnostics);
        Assert.Equal(["müller2010", "kings2016", "müller2010a"], file.Entries.Select(e => e.Name));
        var first = file.Entries[0];
        Assert.Equal("article", first.EntryType);
        Assert.Equal("Müller, Zoë and Evans, David", first.Author);
        Assert.Equal("2010", first.Year);
        Assert.Equal("Health and wellbeing boards: a long title wrapped onto a second line", first.Title);
        Assert.Equal("12–19", first.Fields["pages"]);
        Assert.Equal("techreport", file.Entries[1].EntryType);
    }

    [Theory]
    [InlineData("not json", "library.json", "cannot be read")]
    [InlineData("{ \"x\": 1 }", "library.json", null)]
    [InlineData("AU  - Smith\nTY  - JOUR\nTI  - x\n", "library.ris", "before any `TY  -`")]
    [InlineData("TY  - JOUR\nTI  - x\n", "library.ris", "no `ER  -` line")]
    [InlineData("TY  - JOUR\nwhat is this\n", "library.ris", null)]
    [InlineData("hello\nTY  - JOUR\nER  -\n", "library.ris", "is not a RIS line")]
    public void A_broken_file_is_reported_and_never_throws(string text, string name, string? message)
    {
        var file = BibliographyFile.Parse(SourceText.From(text, name));

        if (message is not null)
            Assert.Contains(file.Diagnostics, d => d.Id == "TH2507" && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("refs.json", "[{\"id\": \"a\"}]", BibliographyFormat.CslJson)]
    [InlineData("refs.ris", "TY  - JOUR", BibliographyFormat.Ris)]
    [InlineData("refs.bib", "[{\"id\": \"a\"}]", BibliographyFormat.BibTex)]
    [InlineData("refs.txt", "\uFEFF[{\"id\": \"a\"}]", BibliographyFormat.CslJson)]
    [InlineData("refs.txt", "TY  - JOUR", BibliographyFormat.Ris)]
    [InlineData("refs.txt", "@article{a, title={x}}", BibliographyFormat.BibTex)]
    public void The_format_comes_from_the_name_then_the_content(string name, string text, BibliographyFormat format) =>
        Assert.Equal(format, BibliographyFile.FormatOf(SourceText.From(text, name)));

    [Fact]
    public void The_checks_count_sources_from_every_format()
    {
        var files = new Dictionary<string, string>
        {
            ["/p/t.theory"] = """
                theory T {
                  bibliography "library.json"
                  bibliography "library.ris"
                }
                construct a
                construct b
                construct m
                cmoc C1 {
                  context high a
                  mechanism increased m
                  outcome increased b
                  evidence @smith2020, @kings2016, @jones2018
                }
                cmoc C2 {
                  context low a
                  mechanism decreased m
                  outcome decreased b
                  evidence @smith2020
                }
                """,
            ["/p/library.json"] = Zotero,
            ["/p/library.ris"] = EndNote,
        };
        var workspace = TheoryWorkspace.Load(["t.theory"], new WorkspaceOptions { BaseDirectory = "/p", FileProvider = new InMemoryFileProvider(files) });

        var diagnostics = workspace.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Id == "TH2501");
        // C1 has three sources, from two files and two formats; C2 has one and is reported.
        var tooFew = Assert.Single(diagnostics, d => d.Id == "TH2502");
        Assert.StartsWith("CMOC `C2` is supported by 1 distinct source", tooFew.Message, StringComparison.Ordinal);
    }
}
