using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Import;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Import;

/// <summary>
/// A realist table laid out the way papers lay it out (a title row; intermediate and final outcome
/// columns; author–year sources; a supporting quote; Excel's BOM, CRLF, line breaks in cells,
/// curly quotes and en dashes) imports with nothing lost, and everything that could be lost is reported.
/// </summary>
public class LosslessImportTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Import");

    [Fact]
    public void Every_cell_of_a_paper_style_table_reaches_the_theory()
    {
        var path = Path.Combine(Folder, "table4-excel.csv");
        var decoded = DataTextDecoder.Decode(File.ReadAllBytes(path));
        var result = CsvCmocImporter.Import(SourceText.From(decoded.Text!, "table4-excel.csv"));
        var compilation = Compile(result);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var table = TestCsv.Parse(decoded.Text!.TrimStart('\uFEFF'));
        var header = table[1];
        Assert.Equal(["ID", "Cluster", "Context", "Mechanism", "Intermediate outcome(s)", "Final outcome", "Source", "Supporting quote", "Notes"], header);
        var bibliography = result.BibliographyText!;
        foreach (var row in table.Skip(2))
        {
            var id = row[0].Replace('\u2013', '-');
            ClaimSymbol claim = compilation.Cmocs.FirstOrDefault(c => c.Name == id) as ClaimSymbol
                ?? compilation.Links.Single(l => l.Name == id);
            Assert.Equal(row[1], claim.Group!.Label);
            AssertTerms(row[2], claim.Terms.Where(t => claim is CmocSymbol c ? c.Contexts.Contains(t) : t == ((LinkSymbol)claim).Source), Tier.None);
            if (claim is CmocSymbol cmoc)
                AssertTerms(row[3], cmoc.Mechanisms, Tier.None);
            else
                Assert.Equal("", row[3]);
            var outcomes = claim is CmocSymbol o ? o.Outcomes.AsEnumerable() : ((LinkSymbol)claim).Targets;
            AssertTerms(row[4], outcomes.Where(t => t.Tier == Tier.Intermediate), Tier.Intermediate);
            AssertTerms(row[5], outcomes.Where(t => t.Tier == Tier.Final), Tier.Final);

            // Each source is cited, and what the cell said is kept in its stub entry.
            foreach (var source in row[6].Split(';').Select(s => s.Trim()))
            {
                var parsed = System.Text.RegularExpressions.Regex.Match(source, @"^([A-Za-z]+).*?((?:19|20)\d\d)");
                var key = parsed.Success ? parsed.Groups[1].Value.ToLowerInvariant() + parsed.Groups[2].Value : source;
                Assert.Contains(claim.Evidence, e => e.Key == key);
                Assert.Contains("@misc{" + key + ",", bibliography, StringComparison.Ordinal);
            }

            if (row[7].Length > 0)
                Assert.Contains(claim.Evidence, e => e.Quote == row[7]);
            Assert.Equal(row[8].Length > 0 ? row[8] : null, claim.Description);
        }

        Assert.Equal(table.Count - 2, result.ImportedCmocs + result.ImportedLinks);

        // And the theory's own table (the CSV and workbook rows, with labels) gives every cell back.
        var columns = Theory.Emit.Csv.CmocTableRows.Columns.ToList();
        var exported = Theory.Emit.Csv.CmocTableRows.Of(compilation.Cmocs, labels: true).ToDictionary(r => r[0]);
        foreach (var row in table.Skip(2).Where(r => r[3].Length > 0))
        {
            var back = exported[row[0].Replace('\u2013', '-')];
            List<string> Items(string column) => CellItemsOf(back[columns.IndexOf(column)]);
            Assert.Equal(CellItemsOf(row[2]), Items("context"));
            Assert.Equal(CellItemsOf(row[3]), Items("mechanism"));
            Assert.All(CellItemsOf(row[4]).Concat(CellItemsOf(row[5])), item => Assert.Contains(Items("outcome"), o => o.EndsWith(item, StringComparison.Ordinal)));
            Assert.Contains(row[7], back[columns.IndexOf("evidence")], StringComparison.Ordinal);
            Assert.Equal(row[8], back[columns.IndexOf("description")]);
        }
        Assert.Equal(["TH4009", "TH4005", "TH4002", "TH4005"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["A1", "H3", "D6", "A7"], result.Diagnostics.Select(d => d.Message.Split(':')[0]));
    }

    // Each item of a cell is a term whose construct is labelled (or named) with the item's wording.
    private static void AssertTerms(string cell, IEnumerable<Term> terms, Tier tier)
    {
        var items = cell.Length == 0 ? [] : CellItemsOf(cell);
        var list = terms.ToList();
        Assert.Equal(items.Count, list.Count);
        foreach (var (item, term) in items.Zip(list))
        {
            var words = item.Split(' ', 2);
            var qualified = Enum.TryParse<Qualifier>(words[0], ignoreCase: true, out var qualifier) && char.IsLower(words[0][0]);
            Assert.Equal(qualified ? qualifier : Qualifier.None, term.Qualifier);
            Assert.Equal(qualified ? words[1] : item, term.Construct!.Label ?? term.Construct.Name.Replace('_', ' '));
            Assert.Equal(tier, term.Tier);
        }
    }

    // Split at `;` and line breaks outside brackets, as a person reads the cell.
    private static List<string> CellItemsOf(string cell)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= cell.Length; i++)
        {
            if (i < cell.Length && cell[i] == '(')
                depth++;
            else if (i < cell.Length && cell[i] == ')')
                depth--;
            else if (i == cell.Length || depth == 0 && cell[i] is ';' or '\n')
            {
                if (cell.Substring(start, i - start).Trim() is { Length: > 0 } item)
                    items.Add(item);
                start = i + 1;
            }
        }

        return items;
    }

    [Fact]
    public void Several_columns_for_one_role_are_all_read()
    {
        var result = Import("""
            ID,Context,Mechanism,Proximal result,Distal result,Other context
            C1,high a,increased m,increased b,increased c,low d
            """, new CsvImportOptions
        {
            ColumnMappings =
            [
                new("outcome", "Proximal result"), new("outcome", "Distal result"),
                new("context", "Context"), new("context", "Other context"),
            ],
        });

        var cmoc = Assert.Single(Compile(result).Cmocs);
        Assert.Equal(["high a", "low d"], cmoc.Contexts.Select(t => t.ToString()));
        Assert.Equal(["b", "c"], cmoc.Outcomes.Select(t => t.Construct!.Name));
        Assert.Equal([Tier.Intermediate, Tier.Final], cmoc.Outcomes.Select(t => t.Tier));
    }

    [Theory]
    [InlineData("Reviewer", "its header names no part of a CMOC (1 cell with text)")]
    [InlineData("", "it has no header (1 cell with text)")]
    [InlineData("ID", "the `id` is already read from column A, and a CMOC has one (1 cell with text)")]
    public void A_column_that_is_not_read_is_reported(string header, string reason)
    {
        var result = Import($"ID,Context,Mechanism,Outcome,{header}\nC1,high a,increased m,increased b,AB\n");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TH4007");
        Assert.EndsWith(reason, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("E1: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_beyond_the_last_header_is_reported_and_a_short_row_too()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Sources\nC1,high a,increased m,increased b,smith2020,stray\nC2,high a,increased m\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "TH4007" && d.Message.StartsWith("F2: column `F`", StringComparison.Ordinal));
        var shortRow = Assert.Single(result.Diagnostics, d => d.Id == "TH4008");
        Assert.Equal("C3: row 3 has 3 cells where the header has 5; `Outcome`, `Sources` read as empty", shortRow.Message);
    }

    [Fact]
    public void Free_text_columns_mapped_to_the_description_keep_their_headers()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Notes,Reviewer\nC1,high a,increased m,increased b,check wording,AB\n",
            new CsvImportOptions { ColumnMappings = [new("description", "Notes"), new("description", "Reviewer")] });

        Assert.Equal("Notes: check wording\n\nReviewer: AB", Assert.Single(Compile(result).Cmocs).Description);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TH4007");
    }

    [Theory]
    [InlineData("Jones (2019)", "jones2019", null, "Jones")]
    [InlineData("Jones 2019", "jones2019", null, "Jones")]
    [InlineData("Jones (2019, p. 4)", "jones2019", "p. 4", "Jones")]
    [InlineData("Smith et al. 2020", "smith2020", null, "Smith and others")]
    [InlineData("Smith et al., 2020", "smith2020", null, "Smith and others")]
    [InlineData("Evans & Killoran, 2010", "evans2010", null, "Evans and Killoran")]
    [InlineData("Huxham & Vangen 2005 (p. 12)", "huxham2005", "p. 12", "Huxham and Vangen")]
    [InlineData("Pawson and Tilley (1997a)", "pawson1997a", null, "Pawson and Tilley")]
    [InlineData("smith2020", "smith2020", null, null)]
    [InlineData("@smith2020 (p. 3)", "smith2020", "p. 3", null)]
    [InlineData("Müller 2018", "müller2018", null, "Müller")]
    public void Sources_are_read_as_keys_or_authors_and_years(string written, string key, string? locator, string? authors)
    {
        var reference = SourceReference.Parse(written)!;

        Assert.False(reference.IsFreeText);
        Assert.Equal(key, reference.Key);
        Assert.Equal(locator, reference.Locator);
        Assert.Equal(authors, reference.Authors);
    }

    // A cell of spaces and commas made the author-year pattern backtrack; a long one would reach
    // the pattern's timeout and throw out of the importer.
    [Theory]
    [InlineData(200)]
    [InlineData(100_000)]
    public void A_long_cell_of_separators_is_free_text_not_a_timeout(int length)
    {
        var cell = "Smith" + string.Concat(Enumerable.Repeat(" ,", length)) + " x";

        var reference = SourceReference.Parse(cell);

        Assert.True(reference is null || reference.IsFreeText);
    }

    [Fact]
    public void One_source_written_two_ways_is_one_source()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Sources\nC1,high a,increased m,increased b,Smith 2020; smith2020\nC2,high a,increased n,increased b,\"Smith, 2020\"\n");

        var compilation = Compile(result);
        Assert.All(compilation.Cmocs, c => Assert.Equal(["smith2020"], c.Evidence.Select(e => e.Key)));
        Assert.Single(BibliographyFile.Parse(SourceText.From(result.BibliographyText!, "r.bib")).Entries);
    }

    [Theory]
    [InlineData("increased confidence (in staff; in managers)", new[] { "increased confidence (in staff; in managers)" })]
    [InlineData("increased a; increased \"b; c\"", new[] { "increased a", "increased \"b; c\"" })]
    [InlineData("increased a; increased “b; c”", new[] { "increased a", "increased “b; c”" })]
    [InlineData("increased a\r\nincreased b;;", new[] { "increased a", "increased b" })]
    [InlineData("increased [a; b]; c", new[] { "increased [a; b]", "c" })]
    public void Cells_split_at_semicolons_and_line_breaks_outside_brackets_and_quotes(string cell, string[] items) =>
        Assert.Equal(items, CellItems.Split(cell));

    [Fact]
    public void Title_rows_above_the_header_are_skipped_and_reported()
    {
        var result = Import("Table 4: CMOCs, by cluster\nSource: our review\nID;Context;Mechanism;Outcome\nC1;high a;increased m;increased b\n");

        Assert.Equal(1, result.ImportedCmocs);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TH4009");
        Assert.Equal("A1: the header is row 3; the 2 rows above it were not imported (`Table 4: CMOCs, by cluster`)", diagnostic.Message);
    }

    [Fact]
    public void A_row_without_a_mechanism_becomes_a_link_with_everything_the_row_said()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Stage,Sources,Notes\n12,high a; low c,,increased b,early,smith2020,to be explained\n");

        var compilation = Compile(result);
        Assert.Equal(["L12", "L12_2"], compilation.Links.Select(l => l.Name));
        Assert.All(compilation.Links, l =>
        {
            Assert.Equal("early", l.Stage!.Name);
            Assert.Equal("to be explained", l.Description);
            Assert.Equal("smith2020", Assert.Single(l.Evidence).Key);
            Assert.Equal("increased b", Assert.Single(l.Targets).ToString());
        });
        Assert.Equal(["TH4005", "TH4002"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Long_wordings_get_short_names_and_colliding_ones_are_numbered_and_reported()
    {
        var result = Import("""
            ID,Context,Mechanism,Outcome
            C1,high organisational cultures of protectionism and outright hostility,increased m,increased b
            C2,high organisational cultures of protectionism and outright distrust of partners,increased m,increased b
            C3,high organisational cultures of protectionism and outright hostility,increased m,increased b
            """);

        var constructs = Compile(result).Constructs.Where(c => c.Name.StartsWith("organisational", StringComparison.Ordinal)).ToList();
        Assert.Equal(["organisational_cultures_protectionism_outright", "organisational_cultures_protectionism_outright_2"], constructs.Select(c => c.Name));
        Assert.Equal("organisational cultures of protectionism and outright distrust of partners", constructs[1].Label);
        var collision = Assert.Single(result.Diagnostics, d => d.Id == "TH4005");
        Assert.StartsWith("B3: term", collision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_signs_is_reported_unless_defaults_are_given()
    {
        const string table = "ID,Context,Mechanism,Outcome\nC1,trust,collaboration,task achievement\nC2,low trust,collaboration,task achievement\n";
        Assert.DoesNotContain(Import(table).Diagnostics, d => d.Id == "TH4010");
        const string unsigned = "ID,Context,Mechanism,Outcome\nC1,trust,collaboration,task achievement\n";
        Assert.Single(Import(unsigned).Diagnostics, d => d.Id == "TH4010");

        var result = Import(table, new CsvImportOptions { DefaultLevel = "high", DefaultDirection = "increased" });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TH4010");
        var cmocs = Compile(result).Cmocs;
        Assert.Equal(["high trust", "low trust"], cmocs.Select(c => c.Contexts[0].ToString()));
        Assert.All(cmocs, c => Assert.Equal(Qualifier.Increased, c.Outcomes[0].Qualifier));
    }

    [Fact]
    public void A_quote_without_a_source_is_kept_in_the_description()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Supporting quote\nC1,high a,increased m,increased b,\"\u201cWe pooled budgets\u201d\"\n");

        Assert.Equal("Quote: We pooled budgets", Assert.Single(Compile(result).Cmocs).Description);
        Assert.Single(result.Diagnostics, d => d.Id == "TH4005");
    }

    [Fact]
    public void Stub_entries_escape_what_latex_would_read_and_read_back_as_written()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Sources\nC1,high a,increased m,increased b,Evans & Killoran 2010; 100% {Guidance} #3 $5 ~x_y\\z\n");

        var bibliography = result.BibliographyText!;
        Assert.Contains("Evans \\& Killoran 2010", bibliography, StringComparison.Ordinal);
        Assert.Contains(@"100\% Guidance \#3 \$5 \textasciitilde{}x\_y\textbackslash{}z", bibliography, StringComparison.Ordinal);
        var entries = BibliographyFile.Parse(SourceText.From(bibliography, "r.bib"));
        Assert.Empty(entries.Diagnostics);
        Assert.Equal(["Evans & Killoran 2010", "100% Guidance #3 $5 ~x_y\\z"], entries.Entries.Select(e => e.Fields["note"]));
    }

    [Fact]
    public void Addresses_name_the_sheet_when_the_table_comes_from_a_workbook()
    {
        var table = CmocTable.FromCells("book.xlsx", "CMOC table", [["ID", "Context", "Mechanism", "Outcome"], [], ["C1", "high a", "", "increased b"]]);

        var result = CsvCmocImporter.ImportTable(table, null);
        Assert.Equal("'CMOC table'!C3: row 3 (`C1`) has no mechanism, so it was imported as a `link` (a causal claim not yet explained)",
            Assert.Single(result.Diagnostics, d => d.Id == "TH4002").Message);
    }

    // The CSV export protects text a spreadsheet would run as a formula with an apostrophe; the
    // import takes it off again, so the text comes back as it was.
    [Fact]
    public void Text_protected_from_spreadsheet_formulas_comes_back_as_written()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From("""
            construct a
            construct b
            construct m
            cmoc C1 "=SUM(1+1)" {
              context high a
              mechanism increased m
              outcome increased b
              description "-5% of staff; @home +1"
            }
            """, "t.theory"))]);
        var exported = Theory.Emit.Csv.CsvEmitter.Emit(compilation);
        Assert.Contains("'=SUM(1+1)", exported, StringComparison.Ordinal);

        var cmoc = Assert.Single(Compile(Import(exported)).Cmocs);
        Assert.Equal("=SUM(1+1)", cmoc.Label);
        Assert.Equal("-5% of staff; @home +1", cmoc.Description);
    }

    // A right-to-left override in a cell reached the theory file raw, where it reorders what a
    // reviewer sees (Trojan Source); it is written as an escape and reads back as the same text.
    [Fact]
    public void Bidirectional_marks_in_cells_are_escaped_in_the_theory_and_read_back_the_same()
    {
        var result = Import("ID,Context,Mechanism,Outcome,Notes\nC1,high a,increased m,increased b,\"safe \u202Eevil\u202C text\"\n");

        Assert.DoesNotContain('\u202E', result.TheoryText!);
        Assert.Contains("\\u202E", result.TheoryText, StringComparison.Ordinal);
        Assert.Equal("safe \u202Eevil\u202C text", Assert.Single(Compile(result).Cmocs).Description);
    }

    // Numbering repeated IDs (and colliding names) once tried 2, 3, 4, ... from the start each time.
    [Fact]
    public void Many_repeats_of_one_id_and_one_author_year_are_numbered_in_linear_time()
    {
        var table = new System.Text.StringBuilder("ID,Context,Mechanism,Outcome\n");
        for (var i = 0; i < 10_000; i++)
            table.Append("C1,high a,increased m,increased b\n");
        var result = Import(table.ToString());
        Assert.Equal(10_000, result.ImportedCmocs);
        Assert.Contains("cmoc C1_10000 {", result.TheoryText, StringComparison.Ordinal);

        var ris = new System.Text.StringBuilder();
        for (var i = 0; i < 10_000; i++)
            ris.Append("TY  - JOUR\nAU  - Smith, Ann\nPY  - 2020\nER  - \n");
        var entries = BibliographyFile.Parse(SourceText.From(ris.ToString(), "r.ris")).Entries;
        Assert.Equal(["smith2020", "smith2020a", "smith2020b"], entries.Take(3).Select(e => e.Name));
        Assert.Equal("smith2020z", entries[26].Name);
        Assert.Equal("smith2020_28", entries[27].Name);
        Assert.Equal(10_000, entries.Select(e => e.Name).Distinct().Count());
    }

    private static CsvImportResult Import(string csv, CsvImportOptions? options = null) =>
        CsvCmocImporter.Import(SourceText.From(csv.Replace("\r\n", "\n"), "t.csv"), options);

    private static Compilation Compile(CsvImportResult result)
    {
        var bibliographies = result.BibliographyText is null ? [] : new[] { BibliographyFile.Parse(SourceText.From(result.BibliographyText, "references.bib")) };
        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText!, "imported.theory"));
        Assert.Empty(tree.Diagnostics);
        return Compilation.Create([tree], bibliographies);
    }
}
