using Theory.Bibliography;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Properties;

/// <summary>
/// Inputs that crashed a fuzzing campaign (tools/fuzz.sh), kept byte for byte under
/// fuzz-findings/&lt;target&gt;/ and replayed through the same checks as the harness in
/// tools/Theory.Fuzzing. Add a finding by copying AFL++'s crash file here with a telling name.
/// </summary>
public class FoundByFuzzingTests
{
    private static readonly string Findings = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Properties", "fuzz-findings");

    public static TheoryData<string> Files(string target) =>
        [.. Directory.EnumerateFiles(Path.Combine(Findings, target)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> BibTexFindings => Files("bibtex");

    [Theory]
    [MemberData(nameof(BibTexFindings))]
    // @_ at the end of a file: the parser resumed one past the end and the next search threw.
    public void BibTex_finding_parses_and_compiles(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Findings, "bibtex", file));
        if (!SourceTextDecoder.TryDecode(bytes, file, out var text, out _))
            return; // The harness stops here too: invalid UTF-8 is an I/O problem, reported before parsing.
        var bibliography = BibliographyFile.Parse(text!);
        Assert.All(bibliography.Diagnostics, d => Assert.True(d.Location.Span.End <= text!.Length));
        var theory = SyntaxTree.Parse(SourceText.From("theory T { bibliography \"fuzz.bib\" }\nconstruct a\nconstruct b\ncmoc C: a => a -> b evidence @key\n", "t.theory"));
        Assert.NotEmpty(Compilation.Create([theory], [bibliography]).GetDiagnostics());
    }

    public static TheoryData<string> CsvFindings => Files("csv");

    [Theory]
    [MemberData(nameof(CsvFindings))]
    // A letter that is not a name character (U+FC60, an Arabic presentation form: a letter, but
    // not XID_Continue) went into an imported name once names followed UAX #31: the theory the
    // importer wrote did not parse.
    public void Csv_finding_imports_as_a_theory_without_syntax_errors(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Findings, "csv", file));
        if (!SourceTextDecoder.TryDecode(bytes, file, out var text, out _))
            return;
        var result = Theory.Import.CsvCmocImporter.Import(text!);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Span.End <= text!.Length));
        if (result.TheoryText is null)
            return;
        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText, "imported.theory"));
        Assert.DoesNotContain(tree.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    public static TheoryData<string> QdpxFindings => Files("qdpx");

    [Theory]
    [MemberData(nameof(QdpxFindings))]
    // An XML declaration followed by bytes that name no encoding made .NET's XML reader throw
    // ArgumentOutOfRangeException, which escaped the importer as a crash instead of one clear error.
    public void Qdpx_finding_is_one_clear_error_or_a_theory_without_syntax_errors(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Findings, "qdpx", file));
        var result = Theory.Import.Qda.RefiQdaImporter.Import(stream, file, null, out var error);
        if (result is null)
        {
            Assert.False(string.IsNullOrEmpty(error));
            return;
        }

        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText!, "imported.theory"));
        Assert.DoesNotContain(tree.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_smallest_bibtex_finding_is_reported_not_thrown()
    {
        var bibliography = BibliographyFile.Parse(SourceText.From("@_", "tiny.bib"));
        Assert.NotEmpty(bibliography.Diagnostics);
    }
}
