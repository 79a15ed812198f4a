using System.CommandLine;
using Theory.Bibliography;
using Theory.Cli.Output;
using Theory.Diagnostics;
using Theory.Import;
using Theory.Projects;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory import csv FILE`: a spreadsheet's CMOC extraction table into a theory file (and stub
/// .bib entries for its sources). What could not be mapped is reported at its cell; the result is
/// compiled before it is written, and the summary says whether it checks.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The CSV file (a spreadsheet saved as CSV; comma, semicolon or tab separated)." };
        var output = new Option<string?>("--output", "-o") { Description = "The theory file to write (default: the CSV's name with .theory, beside it)." };
        var name = new Option<string?>("--name") { Description = "The theory's name (default: made from the file name)." };
        var columns = new Option<string[]>("--column")
        {
            Description = "Which header holds a part, as ROLE=HEADER (repeatable). Roles: " + string.Join(", ", CsvCmocImporter.KnownRoles) + ".",
            AllowMultipleArgumentsPerToken = false,
        };
        var bibliography = new Option<string?>("--bibliography") { Description = "An existing .bib for the theory to cite; stubs are made only for keys it lacks." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output files if they exist." };

        var csv = new Command("csv", "Import a CMOC extraction table (one row per CMOC: ID, context, mechanism, outcome, sources, group, ...).")
        {
            file, output, name, columns, bibliography, force,
        };
        csv.SetAction(result => Run(new Request(result.GetValue(file)!, result.GetValue(output), result.GetValue(name),
            result.GetValue(columns) ?? [], result.GetValue(bibliography), result.GetValue(force)), context));
        return new Command("import", "Turn data kept elsewhere into theory files.") { csv };
    }

    private sealed record Request(string File, string? Output, string? Name, string[] Columns, string? Bibliography, bool Force);

    private static int Run(Request request, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.Columns)
        {
            var equals = pair.IndexOf('=');
            var role = equals > 0 ? pair.Substring(0, equals).Trim().ToLowerInvariant() : "";
            if (equals <= 0 || !CsvCmocImporter.KnownRoles.Contains(role))
                return CommonOptions.Fail(stderr, $"--column expects ROLE=HEADER with ROLE one of {string.Join(", ", CsvCmocImporter.KnownRoles)}; got '{pair}'");
            map[role] = pair.Substring(equals + 1).Trim();
        }

        if (Read(request.File, context) is not { } csv)
            return ExitCodes.UsageOrIo;
        var outputPath = request.Output ?? Path.ChangeExtension(request.File, ".theory");
        if (context.FullPath(outputPath) == context.FullPath(request.File) || (request.Bibliography is { } bib && context.FullPath(outputPath) == context.FullPath(bib)))
            return CommonOptions.Fail(stderr, $"'{outputPath}' is one of the import's own inputs; write the theory to another file");
        var outputDirectory = Path.GetDirectoryName(context.FullPath(outputPath))!;

        BibliographyFile? existing = null;
        string bibliographyPath;
        if (request.Bibliography is { } given)
        {
            if (Read(given, context) is not { } bibText)
                return ExitCodes.UsageOrIo;
            existing = BibliographyFile.Parse(bibText);
            bibliographyPath = context.FullPath(given);
        }
        else
        {
            bibliographyPath = Path.ChangeExtension(context.FullPath(outputPath), ".bib");
        }

        var options = new CsvImportOptions
        {
            TheoryName = request.Name,
            Columns = map,
            BibliographyFileName = Path.GetRelativePath(outputDirectory, bibliographyPath).Replace('\\', '/'),
            KnownCitationKeys = existing?.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal) ?? [],
        };
        var result = CsvCmocImporter.Import(csv, options);
        if (result.Diagnostics.Length > 0)
            DiagnosticTextWriter.Write(stdout, 1, result.Diagnostics);
        if (result.TheoryText is null)
            return ExitCodes.Errors;

        var writes = new List<(string Path, string Text)> { (outputPath, result.TheoryText) };
        if (result.BibliographyText is { } stubs)
        {
            if (existing is not null)
                stderr.WriteLine($"theory: warning: {Path.GetFileName(bibliographyPath)} lacks some cited keys; their stubs are in {Path.ChangeExtension(outputPath, ".missing.bib")}");
            writes.Add((existing is null ? bibliographyPath : Path.ChangeExtension(outputPath, ".missing.bib"), stubs));
        }

        var clash = writes.FirstOrDefault(w => File.Exists(context.FullPath(w.Path)));
        if (clash.Path is not null && !request.Force)
            return CommonOptions.Fail(stderr, $"'{clash.Path}' already exists; pass --force to overwrite it");

        try
        {
            foreach (var (path, text) in writes)
                AtomicFileWriter.WriteText(context.FullPath(path), text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Fail(stderr, $"cannot write the theory: {e.Message}");
        }

        // Compile what was written, as `theory check` would, so the summary says whether it checks.
        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText, outputPath));
        var bibliographies = new List<BibliographyFile>();
        if (existing is not null)
            bibliographies.Add(existing);
        if (result.BibliographyText is { } stubText)
            bibliographies.Add(BibliographyFile.Parse(SourceText.From(stubText, bibliographyPath)));
        var diagnostics = Compilation.Create([tree], bibliographies).GetDiagnostics();
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        stdout.WriteLine($"Imported {result.ImportedCmocs} CMOC{(result.ImportedCmocs == 1 ? "" : "s")} into {outputPath}"
            + (result.SkippedRows > 0 ? $"; {result.SkippedRows} row{(result.SkippedRows == 1 ? " was" : "s were")} skipped (see above)" : "")
            + (result.BibliographyText is null ? "." : $"; stub entries for its sources are in {writes[^1].Path}."));
        stdout.WriteLine($"The imported theory has {errors} error{(errors == 1 ? "" : "s")} and {warnings} warning{(warnings == 1 ? "" : "s")}: run 'theory check {outputPath}' for details.");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>Reads a file named on the command line; its diagnostics show the path as the user wrote it.</summary>
    private static SourceText? Read(string path, CliContext context)
    {
        var full = context.FullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            context.Stderr.WriteLine($"theory: error: cannot find '{path}': no such file");
            return null;
        }

        if (DiskFileProvider.Instance.TryReadText(full, out var error) is { } text)
            return SourceText.From(text, path);
        context.Stderr.WriteLine($"theory: error: cannot read '{path}': {error}");
        return null;
    }
}
