using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// Turns the CMOC extraction table a realist review keeps in a spreadsheet (one row per CMOC:
/// ID, context, mechanism, intermediate and final outcomes, sources, quotes, group, ...) into a
/// theory file. Constructs are made from the text of the terms, with exact duplicates (same name
/// once normalised) merged; a level or direction written before a term (`high trust`,
/// `increased faith`) is kept. Nothing is lost silently: every column is read or reported, and
/// anything that cannot be mapped as written is a diagnostic (TH4xxx) that names the cell as the
/// spreadsheet shows it (`C7`).
/// </summary>
public static class CsvCmocImporter
{

    // How a table may name a kind of primary data: its keyword, or the keyword with spaces for
    // underscores ("focus group"), as people type it.
    private static readonly (string Written, string Keyword)[] PrimaryKinds =
        [.. Vocabulary.PrimaryDataKinds.Keywords.SelectMany(k => k.Contains('_') ? new[] { (k.Replace('_', ' '), k), (k, k) } : [(k, k)])];

    /// <summary>Roles the importer knows, for `--column ROLE=HEADER`.</summary>
    public static IEnumerable<string> KnownRoles => ColumnMap.Roles;

    /// <summary>Levels a table's contexts may default to (`--default-level`).</summary>
    public static IEnumerable<string> KnownLevels => TermReader.Levels;

    /// <summary>Directions a table's mechanisms and outcomes may default to (`--default-direction`).</summary>
    public static IEnumerable<string> KnownDirections => TermReader.Directions;

    public static CsvImportResult Import(SourceText csv, CsvImportOptions? options = null) => ImportTable(CmocTable.FromCsv(csv), options);

    public static CsvImportResult ImportTable(CmocTable table, CsvImportOptions? options = null)
    {
        if (table is null)
            throw new ArgumentNullException(nameof(table));
        return ImportTables([table], options);
    }

    /// <summary>
    /// Imports the tables of a workbook into one theory: each table with a CMOC header gives its
    /// rows; a table headed `Construct, Label, Kind, ...` or `Group, Label, Kind, ...` (the sheets
    /// `theory build` writes beside the CMOCs) gives the names, kinds and descriptions that the
    /// labels in the CMOC tables stand for, so a workbook the build wrote reads back as the theory.
    /// </summary>
    public static CsvImportResult ImportTables(IReadOnlyList<CmocTable> tables, CsvImportOptions? options = null)
    {
        if (tables is null || tables.Count == 0)
            throw new ArgumentException("there is no table to import", nameof(tables));
        options ??= new CsvImportOptions();
        var findings = new Findings();
        var model = new ImportedTheory(options);
        var cmocTables = new List<CmocTable>();
        foreach (var table in tables)
        {
            if (table.LegacyEncoding is { } encoding)
                findings.Whole(bag => bag.ReportLegacyEncoding(Location.OfFile(table.FilePath), table.FilePath, encoding));
            if (!Definitions.TryRead(table, model))
                cmocTables.Add(table);
        }

        var skipped = 0;
        var sawSign = false;
        TableCell? firstHeader = null;
        foreach (var table in cmocTables)
        {
            findings.Table++;
            var rows = table.Rows;
            var map = ColumnMap.Find(rows, options.AllColumns());
            var header = rows.IsEmpty ? null : rows[map.HeaderIndex];
            if (header is null || !map.IsComplete)
            {
                // A workbook may hold other sheets (notes, a codebook): one without any CMOC column is left alone.
                var at = header?.Cells[0] ?? new TableCell("", new TablePlace(null, table.FilePath, table.SheetName), default, 1, 0);
                if (cmocTables.Count == 1 || map.Missing.Length < ColumnMap.Required.Length)
                    findings.ReportMissing(at, map.Missing);

                skipped += Math.Max(0, rows.Length - 1);
                continue;
            }

            firstHeader ??= header.Cells[0];
            if (map.HeaderIndex > 0)
            {
                var first = rows[0].Cells.First(c => !c.IsBlank);
                var above = map.HeaderIndex == 1 ? "the row above it was" : $"the {map.HeaderIndex.ToString(CultureInfo.InvariantCulture)} rows above it were";
                findings.At(first, bag => bag.ReportImportRowsAboveHeader(first.Location, first.Address, header.Number.ToString(CultureInfo.InvariantCulture), above, Shorten(first.Trimmed)));
            }

            var dataRows = rows.Skip(map.HeaderIndex + 1).ToList();
            ReportUnmappedColumns(map, header, dataRows, findings);
            var reader = new RowReader(model, options, findings, map, header);
            foreach (var row in dataRows)
            {
                if (reader.Read(row) is { } cmoc)
                    model.Add(cmoc.Group, cmoc.Cmoc);
                else
                    skipped++;
            }

            sawSign |= reader.SawSign;
        }

        if (firstHeader is not { } headerCell)
        {
            if (cmocTables.Count != 1)
            {
                findings.ReportMissing(new TableCell("", new TablePlace(null, tables[0].FilePath, tables[0].SheetName), default, 1, 0), ColumnMap.Required);
            }

            return new CsvImportResult(null, null, 0, skipped, findings.Sorted());
        }

        if (!sawSign && options.DefaultLevel is null && options.DefaultDirection is null && model.CmocCount + model.LinkRowCount > 0)
            findings.At(headerCell, bag => bag.ReportImportWithoutSigns(headerCell.Location));

        return new CsvImportResult(model.WriteTheory(TheoryName(tables[0].FilePath, options)), model.WriteBibliography(), model.CmocCount, skipped, findings.Sorted())
        {
            ImportedLinks = model.LinkRowCount,
        };
    }

    /// <summary>Reports each column that holds text but that no role reads, and text to the right of the last header.</summary>
    private static void ReportUnmappedColumns(ColumnMap map, TableRow header, List<TableRow> dataRows, Findings findings)
    {
        foreach (var (cell, reason) in map.Unmapped)
        {
            var filled = dataRows.Count(r => cell.Column < r.Cells.Length && !r.Cells[cell.Column].IsBlank);
            if (filled > 0 || !cell.IsBlank)
                findings.At(cell, bag => bag.ReportImportColumnNotImported(cell.Location, cell.Address, cell.IsBlank ? CellAddress.ColumnLetters(cell.Column) : cell.Trimmed,
                    $"{reason} ({Count(filled, "cell")} with text)"));
        }

        var beyond = dataRows.SelectMany(r => r.Cells.Skip(header.Cells.Length)).Where(c => !c.IsBlank).GroupBy(c => c.Column).OrderBy(g => g.Key);
        foreach (var column in beyond)
        {
            var first = column.First();
            findings.At(first, bag => bag.ReportImportColumnNotImported(first.Location, first.Address, CellAddress.ColumnLetters(first.Column),
                $"it has no header ({Count(column.Count(), "cell")} with text)"));
        }
    }

    private static string Count(int n, string what) => n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? "" : "s");

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
    }

    /// <summary>The theory's name: the one asked for, else made from the file's (`cmoc-extraction.csv` → `CmocExtraction`).</summary>
    internal static string TheoryName(string filePath, CsvImportOptions options)
    {
        var stem = options.TheoryName ?? Path.GetFileNameWithoutExtension(filePath);
        var pascal = string.Concat((ImportNames.FromText(stem) ?? "imported").Split('_').Where(p => p.Length > 0)
            .Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        return char.IsDigit(pascal[0]) ? "Theory" + pascal : pascal;
    }

    /// <summary>Diagnostics in the order of the cells they are about (row, then column), whatever order they were found in.</summary>
    private sealed class Findings
    {
        private readonly DiagnosticBag _bag = new();
        private readonly List<(int Table, int Row, int Column)> _at = [];

        /// <summary>The table (sheet) the rows being read belong to, counted from 1; 0 for the file as a whole.</summary>
        public int Table { get; set; }

        public void At(TableCell cell, Action<DiagnosticBag> report) => Add(Table, cell.Row, cell.Column, report);

        public void Whole(Action<DiagnosticBag> report) => Add(0, 0, 0, report);

        /// <summary>TH4001 for each required role the table has no column for.</summary>
        public void ReportMissing(TableCell at, IEnumerable<string> roles)
        {
            foreach (var role in roles)
                At(at, bag => bag.ReportImportMissingColumn(at.Location, role, ColumnMap.ExampleHeaders(role)));
        }

        private void Add(int table, int row, int column, Action<DiagnosticBag> report)
        {
            report(_bag);
            while (_at.Count < _bag.Count)
                _at.Add((table, row, column));
        }

        public ImmutableArray<Diagnostic> Sorted() =>
        [
            .. _bag.ToList().Select((d, i) => (d, i))
                .OrderBy(x => _at[x.i].Table).ThenBy(x => _at[x.i].Row).ThenBy(x => _at[x.i].Column).ThenBy(x => x.i)
                .Select(x => x.d),
        ];
    }

    /// <summary>Reads the data rows, one at a time, into the theory being imported.</summary>
    private sealed class RowReader(ImportedTheory model, CsvImportOptions options, Findings findings, ColumnMap map, TableRow header)
    {
        private readonly TermReader _terms = new(model, options, (cell, what, value, result) =>
            findings.At(cell, bag => bag.ReportImportValueChanged(cell.Location, cell.Address, what, value, result)));

        private TableRow _row = null!;

        /// <summary>True once any term carried a level or direction (else TH4010).</summary>
        public bool SawSign => _terms.SawSign;

        public (string? Group, ImportedCmoc Cmoc)? Read(TableRow row)
        {
            _row = row;
            var rowNumber = row.Number.ToString(CultureInfo.InvariantCulture);
            ReportShortRow(row, rowNumber);

            var idCell = Single("id");
            var display = idCell.IsBlank ? "row " + rowNumber : idCell.Trimmed;
            var contexts = Cells("context").ToList();
            var mechanisms = Cells("mechanism").ToList();
            var outcomes = Cells("outcome").ToList();
            var resource = Single("resource");
            if (!contexts.Any(c => !c.Cell.IsBlank) || !outcomes.Any(c => !c.Cell.IsBlank))
            {
                var missing = !contexts.Any(c => !c.Cell.IsBlank) ? "context" : "outcome";
                var at = (missing == "context" ? contexts : outcomes).Select(c => c.Cell).DefaultIfEmpty(idCell).First();
                findings.At(at, bag => bag.ReportImportRowIncomplete(at.Location, at.Address, rowNumber, display, missing));
                return null;
            }

            var cmoc = new ImportedCmoc { IsLink = mechanisms.All(c => c.Cell.IsBlank) && resource.IsBlank };
            cmoc.Id = Id(idCell, rowNumber, cmoc.IsLink);
            if (cmoc.IsLink)
            {
                var at = mechanisms.Select(c => c.Cell).DefaultIfEmpty(idCell).First();
                findings.At(at, bag => bag.ReportImportRowWithoutMechanism(at.Location, at.Address, rowNumber, display));
            }

            cmoc.Title = NonEmpty(Single("title").Text);
            cmoc.Description = Description();
            foreach (var (cell, _) in contexts)
                cmoc.Contexts.AddRange(_terms.Terms(cell, isContext: true, tier: null, cmoc.ContextClauses));
            foreach (var (cell, _) in mechanisms)
                cmoc.Mechanisms.AddRange(_terms.Terms(cell, isContext: false, tier: null));
            cmoc.Resource = NonEmpty(resource.Text);
            foreach (var (cell, column) in outcomes)
                cmoc.Outcomes.AddRange(_terms.Terms(cell, isContext: false, column.Tier, cmoc.OutcomeClauses));
            foreach (var (cell, _) in Cells("conditions"))
                cmoc.Conditions.AddRange(Conditions(cell));
            cmoc.Stage = model.Stage(Single("stage").Text);
            cmoc.Status = Keyword(Single("status"), Vocabulary.Statuses);
            cmoc.Provenance = Keyword(Single("provenance"), Vocabulary.Provenances);
            cmoc.Confidence = Confidence(Single("confidence"));
            cmoc.Evidence = Evidence(cmoc);
            // A scope names types of a typology: kept when the workbook's Typologies sheet declares
            // them, otherwise reported (a CSV table carries no typology).
            foreach (var type in CellItems.Split(Single("scope").Text))
            {
                if (model.IsType(type))
                    cmoc.Scope.Add(type);
                else
                    ValueChanged(Single("scope"), "scope", type, "was not imported: declare the typology in the theory and add a `for` clause");
            }
            if (cmoc.Contexts.Count + cmoc.ContextClauses.Count == 0 || cmoc.Outcomes.Count + cmoc.OutcomeClauses.Count == 0
                || !cmoc.IsLink && cmoc.Mechanisms.Count == 0 && cmoc.Resource is null)
                return null;
            return (NonEmpty(Single("group").Text), cmoc);
        }

        private void ReportShortRow(TableRow row, string rowNumber)
        {
            var width = header.Cells.Length;
            while (width > 0 && header.Cells[width - 1].IsBlank)
                width--;
            if (row.Cells.Length >= width)
                return;
            var missing = header.Cells.Skip(row.Cells.Length).Take(width - row.Cells.Length).Select(c => "`" + c.Trimmed + "`");
            var last = row.Cells[row.Cells.Length - 1];
            findings.At(last, bag => bag.ReportImportShortRow(last.Location, last.Address, rowNumber, row.Cells.Length, width, string.Join(", ", missing)));
        }

        /// <summary>The row's cell in a column; a short row's missing cell is blank, at the row's last cell.</summary>
        private TableCell CellAt(int column)
        {
            if (column < _row.Cells.Length)
                return _row.Cells[column];
            var last = _row.Cells[_row.Cells.Length - 1];
            return new TableCell("", last.Place, last.Span, _row.Number, column);
        }

        private IEnumerable<(TableCell Cell, MappedColumn Column)> Cells(string role) => map.For(role).Select(c => (CellAt(c.Index), c));

        private TableCell Single(string role) =>
            map.For(role).FirstOrDefault() is { } column ? CellAt(column.Index) : new TableCell("", _row.Cells[0].Place, _row.Cells[0].Span, _row.Number, -1, _row.Cells[0].Address);

        private void ValueChanged(TableCell cell, string what, string value, string result) =>
            findings.At(cell, bag => bag.ReportImportValueChanged(cell.Location, cell.Address, what, value, result));

        private string Id(TableCell idCell, string rowNumber, bool isLink)
        {
            // Excel turns `P4-20` into `P4–20` when typed after an autocorrect; the dash is the ID's.
            var written = idCell.Trimmed.Replace('\u2013', '-').Replace('\u2014', '-');
            var id = ImportNames.CmocId(written);
            if (id is null)
            {
                id = (isLink ? "L" : "R") + rowNumber;
                findings.At(idCell, bag => bag.ReportImportGeneratedId(idCell.Location, idCell.Address, rowNumber, id));
            }
            else if (isLink && !ImportNames.IsName(id))
            {
                // A link is named by a plain name: `12` or `P4-20` cannot name one.
                var name = Regex.Replace(id, @"[^\p{L}\p{N}_]", "_", RegexOptions.None, TimeSpan.FromSeconds(1));
                var linkId = ImportNames.IsName(name) ? name : ImportNames.IsName("L" + name) ? "L" + name : ImportNames.FromText(id) ?? "link";
                ValueChanged(idCell, "ID", idCell.Trimmed, $"cannot name a link; it was imported as `{linkId}`");
                id = linkId;
            }
            else if (id == written && written != idCell.Trimmed)
            {
                ValueChanged(idCell, "ID", idCell.Trimmed, $"was imported as `{id}`, with a hyphen for the dash");
            }
            else if (id != idCell.Trimmed)
            {
                ValueChanged(idCell, "ID", idCell.Trimmed, $"is not a name; it was imported as `{id}`");
            }

            var unique = model.UniqueId(id, out var renamed);
            if (renamed)
                findings.At(idCell, bag => bag.ReportImportDuplicateId(idCell.Location, idCell.Address, rowNumber, id, unique));
            return unique;
        }

        /// <summary>The description column's text; with several description columns, each under its header.</summary>
        private string? Description()
        {
            var parts = Cells("description").Where(c => !c.Cell.IsBlank).ToList();
            if (parts.Count == 0)
                return null;
            if (map.For("description").Count() == 1)
                return parts[0].Cell.Trimmed;
            return string.Join("\n\n", parts.Select(p => p.Column.Header.Trimmed + ": " + p.Cell.Trimmed));
        }

        private List<string> Conditions(TableCell cell)
        {
            var conditions = new List<string>();
            foreach (var item in CellItems.Split(cell.Text))
            {
                var keyword = "when";
                var rest = item;
                var space = item.IndexOf(' ');
                if (space > 0 && item.Substring(0, space).ToLowerInvariant() is "when" or "unless")
                {
                    keyword = item.Substring(0, space).ToLowerInvariant();
                    rest = item.Substring(space + 1).Trim();
                }

                if (_terms.Term(rest, cell, isContext: true, tier: null) is { } term)
                    conditions.Add(keyword + " " + term);
            }

            return conditions;
        }

        private string? Keyword<T>(TableCell cell, Vocabulary<T> vocabulary) where T : struct, Enum
        {
            var value = cell.Trimmed.ToLowerInvariant();
            if (value.Length == 0)
                return null;
            if (vocabulary.TryGetValue(value, out _))
                return value;
            ValueChanged(cell, vocabulary.What, cell.Trimmed, $"is not one of {string.Join(", ", vocabulary.Keywords)}; it was left out");
            return null;
        }

        private string? Confidence(TableCell cell)
        {
            var value = cell.Trimmed;
            if (value.Length == 0)
                return null;
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && value.All(c => char.IsDigit(c) || c == '.'))
                return value;
            var word = value.ToLowerInvariant();
            if (word is "high" or "moderate" or "low" or "medium" or "very_low" or "very_high")
                return word;
            ValueChanged(cell, "confidence", value, "is neither a number nor high, moderate or low; it was left out");
            return null;
        }

        /// <summary>
        /// The row's evidence: the evidence and sources columns (a source cited in both is cited
        /// once), then each quote column's text as a quote from the row's first source.
        /// </summary>
        private List<string> Evidence(ImportedCmoc cmoc)
        {
            var items = new List<EvidenceItem>();
            foreach (var (cell, _) in Cells("evidence").Concat(Cells("sources")))
            {
                foreach (var item in EvidenceItems(cell))
                {
                    if (item.Reference is { } reference && items.Any(i => i.Reference?.Key == reference.Key)
                        && reference.Locator is null && reference.Quote is null)
                        continue;
                    if (!items.Any(i => i.Text == item.Text))
                        items.Add(item);
                }
            }

            foreach (var (cell, _) in Cells("quote"))
            {
                if (cell.IsBlank)
                    continue;
                var quote = CellItems.Unquote(cell.Text.Trim());
                var cited = items.Where(i => i.Reference is not null).Select(i => i.Reference!.Key).Distinct(StringComparer.Ordinal).ToList();
                var target = items.FindIndex(i => i.Reference is not null || i.Primary is not null);
                if (target < 0)
                {
                    cmoc.Description = (cmoc.Description is null ? "" : cmoc.Description + "\n\n") + "Quote: " + quote;
                    ValueChanged(cell, "quote", Shorten(quote), "names no source in its row, so it was kept in the description; add the source and import again");
                    continue;
                }

                if (cited.Count > 1)
                    ValueChanged(cell, "quote", Shorten(quote), $"was attached to the row's first source, `@{cited[0]}`; the row cites {cited.Count}");
                var first = items[target];
                var quoted = first.WithQuote(quote);
                if (first.HasQuote)
                    items.Add(quoted);
                else
                    items[target] = quoted;
            }

            return [.. items.Select(i => i.Text)];
        }

        private List<EvidenceItem> EvidenceItems(TableCell cell)
        {
            var items = new List<EvidenceItem>();
            foreach (var raw in SourceItems(cell.Text))
            {
                var primary = PrimaryKinds.FirstOrDefault(k => raw.StartsWith(k.Written + " ", StringComparison.OrdinalIgnoreCase));
                if (primary.Keyword is not null)
                {
                    // `interview "Manager, site B"` as a theory writes it, or `interview Manager` as people type it.
                    var what = CellItems.Unquote(raw.Substring(primary.Written.Length + 1));
                    items.Add(new EvidenceItem(null, primary.Keyword + " " + SyntaxFacts.QuoteString(what), primary.Keyword));
                    continue;
                }

                if (SourceReference.Parse(raw) is not { } reference)
                    continue;
                if (reference.IsFreeText)
                    ValueChanged(cell, "source", raw, $"is not a citation key or an author and year; it was cited as `@{reference.Key}` (see the stub entry in the .bib)");
                model.Cite(reference, reference.IsFreeText || reference.Authors is not null ? raw : null);
                items.Add(new EvidenceItem(reference, reference.ToString(), null));
            }

            return items;
        }

        /// <summary>
        /// A sources cell's items: split at `;` and line breaks, and at commas too when every part is
        /// a key or an author and year (`smith2020, jones2021`) — not in `Evans &amp; Killoran, 2010`.
        /// </summary>
        private static IEnumerable<string> SourceItems(string cell)
        {
            foreach (var item in CellItems.Split(cell))
            {
                var parts = CellItems.Split(item, ',');
                if (parts.Count > 1 && parts.All(p => SourceReference.Parse(p) is { IsClearlyOneSource: true }))
                {
                    foreach (var part in parts)
                        yield return part;
                }
                else
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>An evidence item as the theory writes it, with the citation it makes (or the primary data).</summary>
    private sealed record EvidenceItem(SourceReference? Reference, string Text, string? Primary)
    {
        public bool HasQuote => Reference?.Quote is not null || Text.Contains(" quote ");

        public EvidenceItem WithQuote(string quote) => Reference is { } reference
            ? new EvidenceItem(reference with { Quote = quote }, (reference with { Quote = quote }).ToString(), null)
            : new EvidenceItem(null, Text.Split([" quote "], StringSplitOptions.None)[0] + " quote " + SyntaxFacts.QuoteString(quote), Primary);
    }

    private static string? NonEmpty(string text) => text.Trim() is { Length: > 0 } t ? t : null;
}
