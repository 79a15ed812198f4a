using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Emit.Csv;
using Theory.Import;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Import;

/// <summary>`theory import csv`: a spreadsheet-like table becomes a theory that checks, and nothing is dropped silently.</summary>
public class CsvImportTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Import");

    [Fact]
    public void A_spreadsheet_export_becomes_a_theory_that_checks_with_skipped_rows_reported()
    {
        var path = Path.Combine(Folder, "cmoc-extraction.csv");
        Assert.True(SourceTextDecoder.TryDecode(File.ReadAllBytes(path), path, out var csv, out _));
        var result = CsvCmocImporter.Import(csv!, new CsvImportOptions { BibliographyFileName = "cmoc-extraction.bib" });

        // Five rows imported (CF3, without a mechanism, as a link), CF4 (no outcome) skipped.
        Assert.Equal(4, result.ImportedCmocs);
        Assert.Equal(1, result.ImportedLinks);
        Assert.Equal(1, result.SkippedRows);
        Assert.Equal(["TH4002", "TH4003", "TH4004", "TH4006"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(5, result.Diagnostics[0].Location.LineSpan.Start.Line + 1);
        Assert.StartsWith("D4: row 4 (`CF3`)", result.Diagnostics[0].Message, StringComparison.Ordinal);

        Baseline.AssertAllMatch(
        [
            (Path.Combine(Folder, "expected", "cmoc-extraction.theory"), result.TheoryText!),
            (Path.Combine(Folder, "expected", "cmoc-extraction.bib"), result.BibliographyText!),
        ]);
        var diagnostics = Check(result);
        // The row without a mechanism is a link, which the checks list as an open question.
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains(diagnostics, d => d.Id == "TH2106");
    }

    [Fact]
    public void Importing_the_csv_export_gives_back_the_same_table()
    {
        var compilation = Emit.EmitTestCase.Load(Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "basics"));
        var exported = CsvEmitter.Emit(compilation);

        var result = CsvCmocImporter.Import(SourceText.From(exported, "basics.csv"), new CsvImportOptions
        {
            KnownCitationKeys = ["smith2020", "jones2021"],
        });
        Assert.Equal(compilation.Cmocs.Length, result.ImportedCmocs);
        // Scope needs the typology, which a table does not carry; it is reported, not dropped silently.
        Assert.Equal("TH4005", Assert.Single(result.Diagnostics).Id);

        var bibliography = BibliographyFile.Parse(SourceText.From(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "basics", "references.bib")), "references.bib"));
        var reimported = Compilation.Create([SyntaxTree.Parse(SourceText.From(result.TheoryText!, "basics.theory"))], [bibliography]);
        // Feedback loops live outside the CMOC table, so the cycles they declared are reported again, and nothing else.
        Assert.All(reimported.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Equal("TH2201", d.Id));

        var scope = CsvEmitter.Columns.ToList().IndexOf("scope");
        Assert.Equal(WithoutColumn(exported, scope), WithoutColumn(CsvEmitter.Emit(reimported), scope));
    }

    // With both a sources and an evidence column, the sources were dropped without a word.
    [Theory]
    [InlineData("ID,Context,Mechanism,Outcome,Sources,Evidence\nC1,high a,increased m,increased b,smith2020; jones2021,interview \"Manager\"\n")]
    [InlineData("ID,Context,Mechanism,Outcome,Evidence,Sources\nC1,high a,increased m,increased b,interview \"Manager\",smith2020; jones2021\n")]
    [InlineData("ID,Context,Mechanism,Outcome,Evidence,Sources\nC1,high a,increased m,increased b,smith2020; interview \"Manager\",jones2021; smith2020\n")]
    public void Sources_and_evidence_columns_both_reach_the_cmoc(string table)
    {
        var result = CsvCmocImporter.Import(SourceText.From(table, "t.csv"));

        var text = result.TheoryText!;
        Assert.Contains("@smith2020", text, StringComparison.Ordinal);
        Assert.Contains("@jones2021", text, StringComparison.Ordinal);
        Assert.Contains("interview \"Manager\"", text, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "@smith2020"));
    }

    // Names made from cell text must lex as one name in every case: a letter outside XID_Continue
    // (found by fuzzing) once made an imported theory that did not parse.
    [Fact]
    public void Names_made_from_any_cell_text_lex_as_one_name()
    {
        var random = new Random(14);
        for (var i = 0; i < 3_000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (var j = random.Next(1, 8); j > 0; j--)
            {
                var codePoint = random.Next(4) == 0 ? random.Next(0x10000, 0x2FFFF) : random.Next(0x20, 0xFFFF);
                if (codePoint is >= 0xD800 and <= 0xDFFF)
                    continue;
                text.Append(char.ConvertFromUtf32(codePoint));
            }

            foreach (var name in new[] { ImportNames.FromText(text.ToString()), ImportNames.CmocId(text.ToString()) })
            {
                if (name is null)
                    continue;
                var tree = SyntaxTree.ParseText($"construct {name}\n", "n.theory");
                Assert.True(tree.Diagnostics.IsEmpty, $"`{name}` from `{text}`: {string.Join("; ", tree.Diagnostics)}");
            }
        }
    }

    [Fact]
    public void Missing_columns_are_errors_and_can_be_mapped()
    {
        var csv = SourceText.From("Ref;Circumstances;Mechanism;Outcome\r1;high trust;increased faith;increased behaviour\r", "t.csv");
        var result = CsvCmocImporter.Import(csv);
        Assert.Null(result.TheoryText);
        var missing = Assert.Single(result.Diagnostics);
        Assert.Equal("TH4001", missing.Id);
        Assert.Contains("context", missing.Message, StringComparison.Ordinal);

        result = CsvCmocImporter.Import(csv, new CsvImportOptions { Columns = new Dictionary<string, string> { ["context"] = "Circumstances" } });
        // A bare number is a CMOC ID the language accepts, so the table's ID is kept as written.
        Assert.Equal(1, result.ImportedCmocs);
        Assert.Contains("cmoc 1 {", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains("context     high trust", result.TheoryText, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(result), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Awkward_cells_become_valid_names_and_strings()
    {
        var csv = SourceText.From(
            "id,context,mechanism,outcome,description,status\n" +
            "class,high \"Stage\" of change,increased context,increased 9 lives,\"a \\ b \"\"c\"\"\",maybe\n", "t.csv");
        var result = CsvCmocImporter.Import(csv);
        Assert.Equal(1, result.ImportedCmocs);
        Assert.Contains("construct stage_of_change", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains("construct context_ ", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains("construct n_9_lives", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains("\"a \\\\ b \\\"c\\\"\"", result.TheoryText, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "TH4005" && d.Message.Contains("maybe", StringComparison.Ordinal));
        var diagnostics = Check(result);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static IReadOnlyList<Diagnostic> Check(CsvImportResult result)
    {
        var bibliographies = result.BibliographyText is null ? [] : new[] { BibliographyFile.Parse(SourceText.From(result.BibliographyText, "references.bib")) };
        return Compilation.Create([SyntaxTree.Parse(SourceText.From(result.TheoryText!, "imported.theory"))], bibliographies).GetDiagnostics();
    }

    private static string WithoutColumn(string csv, int column) =>
        string.Join("\n", TestCsv.Parse(csv).Select(row => string.Join("\u001F", row.Where((_, i) => i != column))));
}
