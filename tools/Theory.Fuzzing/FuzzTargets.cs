using Theory.Bibliography;
using Theory.Emit;
using Theory.Import;
using Theory.Projects;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Fuzzing;

/// <summary>
/// One method per reader of untrusted text. Each runs the whole pipeline a user's file would go
/// through and throws when an invariant breaks, so AFL++ records the input as a crash: an
/// exception escaping the compiler is a bug, and so is a tree that does not round-trip or a
/// diagnostic that points outside the text.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["theory"] = Theory,
        ["bibtex"] = BibTex,
        ["csv"] = Csv,
        ["project"] = Project,
        ["references"] = References,
        ["qdpx"] = Qdpx,
        ["xlsx"] = Xlsx,
    };

    /// <summary>Bytes as a file on disk: strict UTF-8 (invalid bytes are a reported I/O problem), then parse, bind, check and emit everything.</summary>
    public static void Theory(byte[] bytes)
    {
        if (Decode(bytes, "fuzz.theory") is not { } text)
            return;
        var tree = SyntaxTree.Parse(text);
        var input = text.ToString();
        if (tree.Root.ToFullString() != input)
            throw new InvalidOperationException("the syntax tree does not round-trip its text");
        RequireSameInSlices(text);

        var compilation = Compilation.Create([tree]);
        RequireInside(tree.Diagnostics.Concat(compilation.GetDiagnostics()), input.Length);
        foreach (var artifact in ArtifactEmitter.EmitAll(compilation))
            if (string.IsNullOrEmpty(artifact.GetText()))
                throw new InvalidOperationException($"{artifact.FileName} is empty");
    }

    /// <summary>
    /// A large file is parsed in slices of declarations (inputs here are small, so slices are
    /// forced): the slices must give the whole file's tokens, spans and diagnostics exactly.
    /// </summary>
    private static void RequireSameInSlices(SourceText text)
    {
        var whole = Syntax.Parsing.TheorySyntaxParser.Parse(text, slices: 1);
        var sliced = Syntax.Parsing.TheorySyntaxParser.Parse(text, slices: 3);
        static IEnumerable<string> Shape(SyntaxNode root) => root.DescendantNodesAndSelf().Select(n => $"{n.Kind}{n.FullSpan}")
            .Concat(root.DescendantTokens().Select(t => $"{t.Kind}{t.Span}{t.FullSpan}{t.IsMissing}"));
        if (!Shape(whole.Root).SequenceEqual(Shape(sliced.Root)))
            throw new InvalidOperationException("a sliced parse made a different tree from the whole file's");
        if (!whole.Diagnostics.Select(d => d.ToString()).SequenceEqual(sliced.Diagnostics.Select(d => d.ToString())))
            throw new InvalidOperationException("a sliced parse reported different diagnostics from the whole file's");
    }

    /// <summary>A .bib file: parse, then use it as the bibliography of a theory that cites a key.</summary>
    public static void BibTex(byte[] bytes)
    {
        if (Decode(bytes, "fuzz.bib") is not { } text)
            return;
        var bibliography = BibliographyFile.Parse(text);
        RequireInside(bibliography.Diagnostics, text.Length);

        var theory = SyntaxTree.Parse(SourceText.From(
            "theory T { bibliography \"fuzz.bib\" }\nconstruct a\nconstruct b\ncmoc C: a => a -> b evidence @key\n", "t.theory"));
        _ = Compilation.Create([theory], [bibliography]).GetDiagnostics();
    }

    /// <summary>A CMOC spreadsheet (any encoding): import it, then parse and check the theory the importer wrote, which must have no syntax errors.</summary>
    public static void Csv(byte[] bytes)
    {
        // As `theory import csv` reads it: in any encoding Excel writes.
        var decoded = DataTextDecoder.Decode(bytes);
        if (decoded.Text is null)
            return;
        var text = SourceText.From(decoded.Text, "fuzz.csv");
        var result = CsvCmocImporter.ImportTable(CmocTable.FromCsv(text, decoded.LegacyEncoding));
        RequireInside(result.Diagnostics, text.Length);
        if (result.TheoryText is null)
            return;

        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText, "imported.theory"));
        if (tree.Diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error))
            throw new InvalidOperationException("the importer wrote a theory with syntax errors:\n" + string.Join("\n", tree.Diagnostics));
        _ = Compilation.Create([tree]).GetDiagnostics();
    }

    /// <summary>
    /// A theory.json: load a project from memory around it (a theory, an import, a bibliography),
    /// check it and plan its build. Whatever the settings say, nothing may point outside the text,
    /// and no planned output may leave the project folder.
    /// </summary>
    public static void Project(byte[] bytes)
    {
        if (Decode(bytes, "theory.json") is not { } json)
            return;
        var files = new InMemoryFileProvider(new Dictionary<string, string>
        {
            ["/p/theory.json"] = json.ToString(),
            ["/p/a.theory"] = "theory T { bibliography \"r.bib\" }\nimport \"b.theory\"\nconstruct a\ncmoc C: a => m -> b evidence @k\n",
            ["/p/b.theory"] = "construct b\nconstruct m\n",
            ["/p/r.bib"] = "@article{k, title = {t}, year = 2020}\n",
        });
        var workspace = TheoryWorkspace.Load(["/p"], new WorkspaceOptions { BaseDirectory = "/p", FileProvider = files });
        foreach (var diagnostic in workspace.GetDiagnostics())
        {
            var span = diagnostic.Location.Span;
            var length = diagnostic.Location.Text.Length;
            if (span.Start < 0 || span.End > length && !diagnostic.Location.IsWholeFile)
                throw new InvalidOperationException($"{diagnostic.Id} at {span} lies outside a text of length {length}");
        }

        var plan = BuildPlan.Create(workspace);
        foreach (var target in plan.Targets)
            if (target.OutputDirectory != "/p" && !target.OutputDirectory.StartsWith("/p/", StringComparison.Ordinal))
                throw new InvalidOperationException($"theory.json sent the output to {target.OutputDirectory}");
    }

    /// <summary>
    /// A bibliography from a reference manager, in any encoding they write: CSL-JSON when it looks
    /// like JSON, else RIS. Entries must be readable and every diagnostic inside the text.
    /// </summary>
    public static void References(byte[] bytes)
    {
        var decoded = DataTextDecoder.Decode(bytes);
        if (decoded.Text is null)
            return;
        var name = decoded.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("[", StringComparison.Ordinal) || decoded.Text.TrimStart().StartsWith("{", StringComparison.Ordinal) ? "fuzz.json" : "fuzz.ris";
        var text = SourceText.From(decoded.Text, name);
        var bibliography = BibliographyFile.Parse(text);
        RequireInside(bibliography.Diagnostics, text.Length);
        foreach (var entry in bibliography.Entries)
            if (string.IsNullOrEmpty(entry.Name))
                throw new InvalidOperationException("an entry has no key");
    }

    /// <summary>A REFI-QDA project or codebook: import it; the theory written must parse with no syntax errors.</summary>
    public static void Qdpx(byte[] bytes)
    {
        var result = Import.Qda.RefiQdaImporter.Import(new MemoryStream(bytes), "fuzz.qdpx", null, out _);
        if (result?.TheoryText is { } theory)
            RequireParses(theory);
    }

    /// <summary>An Excel workbook: read every sheet and import it; the theory written must parse.</summary>
    public static void Xlsx(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "theory-fuzz-" + Environment.ProcessId + ".xlsx");
        File.WriteAllBytes(path, bytes);
        if (Spreadsheets.XlsxTableReader.Read(path, "fuzz.xlsx", null, out _) is { Count: > 0 } tables
            && CsvCmocImporter.ImportTables(tables).TheoryText is { } theory)
            RequireParses(theory);
    }

    private static void RequireParses(string theory)
    {
        var tree = SyntaxTree.Parse(SourceText.From(theory, "imported.theory"));
        if (tree.Diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error))
            throw new InvalidOperationException("the importer wrote a theory with syntax errors:\n" + string.Join("\n", tree.Diagnostics));
        _ = Compilation.Create([tree]).GetDiagnostics();
    }

    // Invalid UTF-8 is an I/O problem reported before parsing: the pipeline never sees such bytes.
    private static SourceText? Decode(byte[] bytes, string fileName) =>
        SourceTextDecoder.TryDecode(bytes, fileName, out var text, out _) ? text : null;

    private static void RequireInside(IEnumerable<Diagnostics.Diagnostic> diagnostics, int length)
    {
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.Span;
            if (span.Start < 0 || span.End > length)
                throw new InvalidOperationException($"{diagnostic.Id} at {span} lies outside a text of length {length}");
        }
    }
}
