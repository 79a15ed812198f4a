using System.CommandLine;
using Theory.Bibliography;
using Theory.Cli.Output;
using Theory.Diagnostics;
using Theory.Import;
using Theory.Import.Qda;
using Theory.Projects;
using Theory.Semantics;
using Theory.Spreadsheets;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory import csv FILE` and `theory import xlsx FILE`: a spreadsheet's CMOC extraction table
/// into a theory file (and stub .bib entries for its sources). What could not be mapped is reported at its cell; the result is
/// compiled before it is written, and the summary says whether it checks.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context) =>
        new("import", "Turn data kept elsewhere into theory files.")
        {
            TableCommand(context, "csv", "Import a CMOC extraction table saved as CSV (one row per CMOC: ID, context, mechanism, outcome, sources, group, ...).",
                "The CSV file (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252).", withSheet: false),
            TableCommand(context, "xlsx", "Import the CMOC table of an Excel workbook (.xlsx): every sheet, or the one named by --sheet.",
                "The Excel workbook (.xlsx).", withSheet: true),
            TableCommand(context, "qdpx", "Import a REFI-QDA project (.qdpx) or codebook (.qdc) from NVivo, ATLAS.ti or MAXQDA: codes as constructs, coded segments as evidence.",
                "The REFI-QDA project (.qdpx) or codebook (.qdc).", withSheet: false),
        };

    // `import csv` and `import xlsx` take the same options; each command needs its own instances.
    private static Command TableCommand(CliContext context, string format, string description, string fileDescription, bool withSheet)
    {
        var file = new Argument<string>("file") { Description = fileDescription };
        var output = new Option<string?>("--output", "-o") { Description = "The theory file to write (default: the table's name with .theory, beside it)." };
        var name = new Option<string?>("--name") { Description = "The theory's name (default: made from the file name)." };
        var columns = new Option<string[]>("--column")
        {
            Description = "Which header holds a part, as ROLE=HEADER (repeatable, also for one role). Roles: " + string.Join(", ", CsvCmocImporter.KnownRoles) + ".",
            AllowMultipleArgumentsPerToken = false,
        };
        var bibliography = new Option<string?>("--bibliography") { Description = "An existing .bib for the theory to cite; stubs are made only for keys it lacks." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output files if they exist." };
        var defaultLevel = new Option<string?>("--default-level") { Description = "The level for contexts the table writes without one: " + string.Join(", ", CsvCmocImporter.KnownLevels) + "." };
        var defaultDirection = new Option<string?>("--default-direction") { Description = "The direction for mechanisms and outcomes written without one: " + string.Join(", ", CsvCmocImporter.KnownDirections) + "." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be written, and write nothing." };
        var sheet = new Option<string?>("--sheet") { Description = "The one sheet to import (default: every sheet with a CMOC header)." };

        var command = new Command(format, description) { file, output, name, columns, bibliography, force, defaultLevel, defaultDirection, dryRun };
        if (withSheet)
            command.Options.Add(sheet);
        command.SetAction(result => Run(new Request(format, result.GetValue(file)!, result.GetValue(output), result.GetValue(name),
            result.GetValue(columns) ?? [], result.GetValue(bibliography), result.GetValue(force),
            result.GetValue(defaultLevel), result.GetValue(defaultDirection), result.GetValue(dryRun), withSheet ? result.GetValue(sheet) : null), context));
        return command;
    }

    private sealed record Request(
        string Format, string File, string? Output, string? Name, string[] Columns, string? Bibliography, bool Force,
        string? DefaultLevel, string? DefaultDirection, bool DryRun, string? Sheet);

    private static int Run(Request request, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        // Every mapping counts: `--column outcome="Intermediate outcome(s)" --column outcome="Final outcome"` reads both.
        var map = new List<KeyValuePair<string, string>>();
        foreach (var pair in request.Columns)
        {
            var equals = pair.IndexOf('=');
            var role = equals > 0 ? pair.Substring(0, equals).Trim().ToLowerInvariant() : "";
            if (equals <= 0 || !CsvCmocImporter.KnownRoles.Contains(role))
                return CommonOptions.Fail(stderr, $"--column expects ROLE=HEADER with ROLE one of {string.Join(", ", CsvCmocImporter.KnownRoles)}; got '{TerminalText.Safe(pair)}'");
            map.Add(new KeyValuePair<string, string>(role, pair.Substring(equals + 1).Trim()));
        }

        var level = request.DefaultLevel?.Trim().ToLowerInvariant();
        if (level is not null && !CsvCmocImporter.KnownLevels.Contains(level))
            return CommonOptions.Fail(stderr, $"--default-level expects one of {string.Join(", ", CsvCmocImporter.KnownLevels)}; got '{TerminalText.Safe(request.DefaultLevel ?? "")}'");
        var direction = request.DefaultDirection?.Trim().ToLowerInvariant();
        if (direction is not null && !CsvCmocImporter.KnownDirections.Contains(direction))
            return CommonOptions.Fail(stderr, $"--default-direction expects one of {string.Join(", ", CsvCmocImporter.KnownDirections)}; got '{TerminalText.Safe(request.DefaultDirection ?? "")}'");

        var outputPath = request.Output ?? Path.ChangeExtension(request.File, ".theory");
        if (context.FullPath(outputPath) == context.FullPath(request.File) || (request.Bibliography is { } bib && context.FullPath(outputPath) == context.FullPath(bib)))
            return CommonOptions.Fail(stderr, $"'{TerminalText.Safe(outputPath)}' is one of the import's own inputs; write the theory to another file");
        var outputDirectory = Path.GetDirectoryName(context.FullPath(outputPath))!;

        BibliographyFile? existing = null;
        string bibliographyPath;
        if (request.Bibliography is { } given)
        {
            if (Read(given, context, out var bibEncoding) is not { } bibText)
                return ExitCodes.UsageOrIo;
            if (bibEncoding is not null)
                stderr.WriteLine($"theory: info TH3010: '{TerminalText.Safe(given)}' is not UTF-8; it was read as {bibEncoding}");
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
            ColumnMappings = map,
            DefaultLevel = level,
            DefaultDirection = direction,
            BibliographyFileName = Path.GetRelativePath(outputDirectory, bibliographyPath).Replace('\\', '/'),
            KnownCitationKeys = existing?.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal) ?? [],
        };
        if (ImportFile(request, options, context) is not { } result)
            return ExitCodes.UsageOrIo;
        if (result.Diagnostics.Length > 0)
            DiagnosticTextWriter.Write(stdout, 1, result.Diagnostics);
        if (result.TheoryText is null)
            return ExitCodes.Errors;

        var writes = new List<(string Path, string Text)> { (outputPath, result.TheoryText) };
        if (result.BibliographyText is { } stubs)
        {
            if (existing is not null)
                stderr.WriteLine($"theory: warning: {TerminalText.Safe(Path.GetFileName(bibliographyPath))} lacks some cited keys; their stubs are in {TerminalText.Safe(Path.ChangeExtension(outputPath, ".missing.bib"))}");
            writes.Add((existing is null ? Path.ChangeExtension(outputPath, ".bib") : Path.ChangeExtension(outputPath, ".missing.bib"), stubs));
        }

        if (request.DryRun)
        {
            foreach (var (path, text) in writes)
            {
                stdout.WriteLine($"--- {TerminalText.Safe(path)} (not written: --dry-run)");
                stdout.Write(text);
            }

            stdout.WriteLine($"Would import {Rows(result)}; nothing was written.");
            return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
        }

        var clash = writes.FirstOrDefault(w => File.Exists(context.FullPath(w.Path)));
        if (clash.Path is not null && !request.Force)
            return CommonOptions.Fail(stderr, $"'{TerminalText.Safe(clash.Path)}' already exists; pass --force to overwrite it");

        try
        {
            foreach (var (path, text) in writes)
                AtomicFileWriter.WriteText(context.FullPath(path), text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Fail(stderr, $"cannot write the theory: {TerminalText.Safe(e.Message)}");
        }

        stdout.WriteLine($"Imported {Rows(result)} into {TerminalText.Safe(outputPath)}"
            + (result.SkippedRows > 0 ? $"; {result.SkippedRows} row{(result.SkippedRows == 1 ? " was" : "s were")} skipped (see above)" : "")
            + (result.BibliographyText is null ? "." : $"; stub entries for its sources are in {TerminalText.Safe(writes[^1].Path)}."));

        // Check what was written, as `theory check` would, so the summary says whether it checks;
        // but not a table far larger than a review's: checking it holds the whole theory's model
        // beside the import (a 300,000-row table took 7 GB), and `theory check` does it alone.
        if (result.ImportedCmocs + result.ImportedLinks > CheckAfterImportLimit)
        {
            stdout.WriteLine($"The imported theory is large ({(result.ImportedCmocs + result.ImportedLinks).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} claims), so it was not checked here: run 'theory check {TerminalText.Safe(outputPath)}'.");
            return ExitCodes.Success;
        }

        var tree = SyntaxTree.Parse(SourceText.From(result.TheoryText, outputPath));
        var bibliographies = new List<BibliographyFile>();
        if (existing is not null)
            bibliographies.Add(existing);
        if (result.BibliographyText is { } stubText)
            bibliographies.Add(BibliographyFile.Parse(SourceText.From(stubText, bibliographyPath)));
        var diagnostics = Compilation.Create([tree], bibliographies).GetDiagnostics();
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        stdout.WriteLine($"The imported theory has {errors} error{(errors == 1 ? "" : "s")} and {warnings} warning{(warnings == 1 ? "" : "s")}: run 'theory check {TerminalText.Safe(outputPath)}' for details.");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    // Claims beyond which the import does not check what it wrote (ten times the largest review).
    private const int CheckAfterImportLimit = 20_000;

    // "4 CMOCs", or "4 CMOCs and 1 link" when rows without a mechanism became links.
    private static string Rows(CsvImportResult result) =>
        $"{result.ImportedCmocs} CMOC{(result.ImportedCmocs == 1 ? "" : "s")}"
        + (result.ImportedLinks == 0 ? "" : $" and {result.ImportedLinks} link{(result.ImportedLinks == 1 ? "" : "s")} (claims without a mechanism)");

    /// <summary>The file imported in its format; null when it cannot be read (said on stderr).</summary>
    private static CsvImportResult? ImportFile(Request request, CsvImportOptions options, CliContext context)
    {
        if (request.Format == "csv")
        {
            if (Read(request.File, context, out var encoding) is not { } csv)
                return null;
            // A workbook or a QDA project is a zip: read as text it is noise, and every column "missing".
            if (csv.Length >= 4 && csv.ToString(0, 4) == "PK\u0003\u0004")
            {
                context.Stderr.WriteLine($"theory: error: '{TerminalText.Safe(request.File)}' is a zip file (an Excel workbook or a QDA project), not CSV: use 'theory import xlsx' or 'theory import qdpx'");
                return null;
            }

            return CsvCmocImporter.ImportTable(CmocTable.FromCsv(csv, encoding), options);
        }

        var full = context.FullPath(request.File);
        if (!File.Exists(full))
            return CannotFind(request.File, context);
        string? error;
        CsvImportResult? result;
        if (request.Format == "xlsx")
        {
            var sheets = XlsxTableReader.Read(full, request.File, request.Sheet, out error);
            result = sheets is null ? null : CsvCmocImporter.ImportTables(sheets, options);
        }
        else
        {
            using var stream = File.OpenRead(full);
            result = RefiQdaImporter.Import(stream, request.File, options, out error);
        }

        return result ?? CannotRead(request.File, error, context);
    }

    private static CsvImportResult? CannotFind(string path, CliContext context)
    {
        context.Stderr.WriteLine($"theory: error: cannot find '{TerminalText.Safe(path)}': no such file");
        return null;
    }

    private static CsvImportResult? CannotRead(string path, string? error, CliContext context)
    {
        context.Stderr.WriteLine($"theory: error: cannot read '{TerminalText.Safe(path)}': {TerminalText.Safe(error ?? "")}");
        return null;
    }

    /// <summary>
    /// Reads a data file named on the command line in the encodings spreadsheets write (UTF-8,
    /// UTF-16, else Windows-1252, which <paramref name="legacyEncoding"/> names); its diagnostics
    /// show the path as the user wrote it.
    /// </summary>
    private static SourceText? Read(string path, CliContext context, out string? legacyEncoding)
    {
        legacyEncoding = null;
        var full = context.FullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            CannotFind(path, context);
            return null;
        }

        if (DiskFileProvider.Instance.TryReadData(full, out legacyEncoding, out var error) is { } text)
            return SourceText.From(text, path);
        CannotRead(path, error, context);
        return null;
    }
}
