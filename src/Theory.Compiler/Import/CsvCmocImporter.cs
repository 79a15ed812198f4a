using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Import;

/// <summary>
/// Turns the CMOC extraction table a realist review keeps in a spreadsheet (one row per CMOC:
/// ID, context, mechanism, outcome, sources, group, ...) into a theory file. Constructs are made
/// from the text of the terms, with exact duplicates (same name once normalised) merged; a level
/// or direction written before a term (`high trust`, `increased faith`) is kept. Anything that
/// cannot be mapped as written is a located diagnostic (TH4xxx), never a silent drop.
/// Several terms in one cell are separated by `;` or line breaks.
/// </summary>
public static class CsvCmocImporter
{
    // Built-in header names for each role, compared after lower-casing and dropping non-letters.
    private static readonly (string Role, string[] Headers)[] Roles =
    [
        ("id", ["id", "cmoc", "cmocid", "code", "ref", "no", "number"]),
        ("title", ["title", "label", "name", "summary"]),
        ("group", ["group", "theme", "mrt", "category", "cluster", "criterion"]),
        ("context", ["context", "contexts", "c"]),
        ("mechanism", ["mechanism", "mechanisms", "m", "reasoning"]),
        ("resource", ["resource", "resources"]),
        ("outcome", ["outcome", "outcomes", "o"]),
        ("conditions", ["conditions", "condition", "when"]),
        ("scope", ["scope", "for", "type"]),
        ("stage", ["stage", "phase"]),
        ("status", ["status"]),
        ("provenance", ["provenance"]),
        ("confidence", ["confidence"]),
        ("sources", ["sources", "source", "references", "reference", "citations", "citation", "studies", "study"]),
        ("evidence", ["evidence"]),
        ("description", ["description", "notes", "note", "explanation", "comments"]),
    ];

    private static readonly string[] Required = ["context", "mechanism", "outcome"];
    private static readonly string[] Tiers = ["intermediate", "final"];
    private static readonly string[] FactorRoles = [.. Vocabulary.FactorRoles.Keywords];
    private static readonly string[] Levels = [.. Vocabulary.Qualifiers.Entries.Where(e => e.Value.IsLevel()).Select(e => e.Keyword)];
    private static readonly string[] Directions = [.. Vocabulary.Qualifiers.Entries.Where(e => e.Value.IsDirection()).Select(e => e.Keyword)];

    // How a table may name a kind of primary data: its keyword, or the keyword with spaces for
    // underscores ("focus group"), as people type it.
    private static readonly (string Written, string Keyword)[] PrimaryKinds =
        [.. Vocabulary.PrimaryDataKinds.Keywords.SelectMany(k => k.Contains('_') ? new[] { (k.Replace('_', ' '), k), (k, k) } : [(k, k)])];

    /// <summary>Reports a cell whose value was imported differently from how it was written (TH4005).</summary>
    private delegate void ValueChangedReporter(TextSpan span, string what, string value, string result);

    /// <summary>Roles the importer knows, for `--column ROLE=HEADER`.</summary>
    public static IEnumerable<string> KnownRoles => Roles.Select(r => r.Role);

    public static CsvImportResult Import(SourceText csv, CsvImportOptions? options = null)
    {
        options ??= new CsvImportOptions();
        var table = CsvTable.Parse(csv);
        var diagnostics = new DiagnosticBag();
        Location At(TextSpan span) => new(csv, span);
        void ValueChanged(TextSpan span, string what, string value, string result) =>
            diagnostics.ReportImportValueChanged(At(span), what, value, result);

        if (table.Rows.IsEmpty)
        {
            diagnostics.ReportImportMissingColumn(At(default), "header", "ID, Context, Mechanism, Outcome");
            return new CsvImportResult(null, null, 0, 0, [.. diagnostics.ToList()]);
        }

        var header = table.Rows[0];
        var columns = MapColumns(header, options, out var missing);
        foreach (var role in missing)
        {
            var names = string.Join(", ", Roles.First(r => r.Role == role).Headers.Take(3).Select(h => "`" + h + "`"));
            diagnostics.ReportImportMissingColumn(At(header.Length > 0 ? header[0].Span : default), role, names);
        }

        if (missing.Count > 0)
            return new CsvImportResult(null, null, 0, table.Rows.Length - 1, [.. diagnostics.ToList()]);

        var model = new ImportedTheory(options);
        var skipped = 0;
        for (var r = 1; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var rowNumber = (r + 1).ToString(CultureInfo.InvariantCulture);
            CsvCell Cell(string role) =>
                columns.TryGetValue(role, out var index) && index < row.Length ? row[index] : new CsvCell("", row.Length > 0 ? row[0].Span : default);

            var idCell = Cell("id");
            var display = idCell.Text.Trim().Length > 0 ? idCell.Text.Trim() : "row " + rowNumber;
            var context = Cell("context");
            var mechanism = Cell("mechanism");
            var resource = Cell("resource");
            var outcome = Cell("outcome");
            if (Items(context.Text).Count == 0 || Items(outcome.Text).Count == 0)
            {
                diagnostics.ReportImportRowIncomplete(At(idCell.Span), rowNumber, display, Items(context.Text).Count == 0 ? "context" : "outcome");
                skipped++;
                continue;
            }

            if (Items(mechanism.Text).Count == 0 && resource.Text.Trim().Length == 0)
            {
                diagnostics.ReportImportRowWithoutMechanism(At(mechanism.Span), rowNumber, display);
                skipped++;
                continue;
            }

            var cmoc = new ImportedCmoc { Row = r };
            var id = ImportNames.CmocId(idCell.Text);
            if (id is null)
            {
                id = "R" + rowNumber;
                diagnostics.ReportImportGeneratedId(At(idCell.Span), rowNumber, id);
            }
            else if (id != idCell.Text.Trim())
            {
                ValueChanged(idCell.Span, "ID", idCell.Text.Trim(), $"is not a name; it was imported as `{id}`");
            }

            cmoc.Id = model.UniqueId(id, out var renamed);
            if (renamed)
                diagnostics.ReportImportDuplicateId(At(idCell.Span), rowNumber, id, cmoc.Id);

            cmoc.Title = NonEmpty(Cell("title").Text);
            cmoc.Description = NonEmpty(Cell("description").Text);
            cmoc.Contexts = Terms(context, isContext: true, model, ValueChanged, cmoc.ContextClauses);
            cmoc.Mechanisms = Terms(mechanism, isContext: false, model, ValueChanged);
            cmoc.Resource = NonEmpty(resource.Text);
            cmoc.Outcomes = Terms(outcome, isContext: false, model, ValueChanged, cmoc.OutcomeClauses);
            cmoc.Conditions = Conditions(Cell("conditions"), model, ValueChanged);
            cmoc.Stage = model.Stage(Cell("stage").Text);
            cmoc.Status = Keyword(Cell("status"), Vocabulary.Statuses, ValueChanged);
            cmoc.Provenance = Keyword(Cell("provenance"), Vocabulary.Provenances, ValueChanged);
            cmoc.Confidence = Confidence(Cell("confidence"), ValueChanged);
            // Both columns count: a table with a sources and an evidence column used to keep only
            // the evidence, dropping the row's sources without a word.
            // A source already cited in the evidence (with its locator or quote) is not cited again.
            var evidence = Evidence(Cell("evidence"), model, ValueChanged);
            var cited = evidence.Select(CitedKey).Where(k => k is not null).ToHashSet(StringComparer.Ordinal);
            cmoc.Evidence = [.. evidence.Concat(Evidence(Cell("sources"), model, ValueChanged).Where(e => CitedKey(e) is not { } key || !cited.Contains(key))).Distinct(StringComparer.Ordinal)];
            if (NonEmpty(Cell("scope").Text) is { } scope)
                ValueChanged(Cell("scope").Span, "scope", scope, "was not imported: declare the typology in the theory and add a `for` clause");
            if (cmoc.Contexts.Count + cmoc.ContextClauses.Count == 0 || cmoc.Outcomes.Count + cmoc.OutcomeClauses.Count == 0 || (cmoc.Mechanisms.Count == 0 && cmoc.Resource is null))
            {
                skipped++;
                continue;
            }

            model.Add(NonEmpty(Cell("group").Text), cmoc);
        }

        var sorted = diagnostics.ToList().OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        return new CsvImportResult(model.WriteTheory(TheoryName(csv, options)), model.WriteBibliography(), model.CmocCount, skipped, sorted);
    }

    private static Dictionary<string, int> MapColumns(ImmutableArray<CsvCell> header, CsvImportOptions options, out List<string> missing)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = header.Select(h => Key(h.Text)).ToList();
        foreach (var (role, headers) in Roles)
        {
            var index = options.Columns.TryGetValue(role, out var chosen)
                ? keys.IndexOf(Key(chosen))
                : keys.FindIndex(headers.Contains);
            if (index >= 0)
                columns[role] = index;
        }

        missing = [.. Required.Where(r => !columns.ContainsKey(r))];
        return columns;
    }

    /// <summary>A header compared by its letters only, without a parenthesised part: `Context (C)` → `context`, `Source(s)` → `source`.</summary>
    private static string Key(string header)
    {
        var withoutParentheses = System.Text.RegularExpressions.Regex.Replace(header, @"\([^)]*\)", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var letters = new string(withoutParentheses.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return letters.Length > 0 ? letters : new string(header.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
    }

    private static List<string> Items(string cell) =>
        [.. cell.Split([';', '\n', '\r'], StringSplitOptions.None).Select(i => i.Trim()).Where(i => i.Length > 0)];

    private static string? NonEmpty(string text) => text.Trim() is { Length: > 0 } t ? t : null;

    /// <param name="cell">The cell: items separated by `;`.</param>
    /// <param name="isContext">Whether the terms are contexts (levels) rather than mechanisms or outcomes (directions).</param>
    /// <param name="model">The theory being imported, which names the constructs.</param>
    /// <param name="report">Reports a value that was changed or left out.</param>
    /// <param name="clauses">
    /// Where items that need a clause of their own go, as the clause's text: alternatives
    /// (`low trust or high complexity` becomes `any of low trust, high complexity`) and, for
    /// contexts, pairings with mechanisms (`high a => increased m`). Null where neither applies.
    /// </param>
    private static List<string> Terms(CsvCell cell, bool isContext, ImportedTheory model, ValueChangedReporter report, List<string>? clauses = null)
    {
        var terms = new List<string>();
        foreach (var item in Items(cell.Text))
        {
            var arrow = isContext ? item.IndexOf("=>", StringComparison.Ordinal) : -1;
            var head = arrow > 0 ? item.Substring(0, arrow) : item;
            var alternatives = System.Text.RegularExpressions.Regex.Split(head.Trim(), @"\s+or\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                .Select(a => Term(a, cell, isContext, model, report)).OfType<string>().ToList();
            if (clauses is null || alternatives.Count == 1 && arrow <= 0)
            {
                terms.AddRange(alternatives);
                continue;
            }

            if (alternatives.Count == 0)
                continue;
            var clause = (alternatives.Count > 1 ? "any of " : "") + string.Join(", ", alternatives);
            if (arrow > 0)
            {
                var mechanisms = item.Substring(arrow + 2).Split(',').Select(m => m.Trim()).Where(m => m.Length > 0)
                    .Select(m => Term(m, cell, isContext: false, model, report)).OfType<string>().ToList();
                if (mechanisms.Count > 0)
                    clause += " => " + string.Join(", ", mechanisms);
            }

            clauses.Add(clause);
        }

        return terms;
    }

    private static string? Term(string item, CsvCell cell, bool isContext, ImportedTheory model, ValueChangedReporter report)
    {
        var words = item.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var prefix = new List<string>();
        if (isContext && words.Count > 1 && FactorRoles.Contains(words[0].ToLowerInvariant()))
        {
            prefix.Add(words[0].ToLowerInvariant());
            words.RemoveAt(0);
        }

        if (words.Count > 1 && Tiers.Contains(words[0].ToLowerInvariant()))
        {
            prefix.Add(words[0].ToLowerInvariant());
            words.RemoveAt(0);
        }

        if (words.Count > 1)
        {
            var first = words[0].ToLowerInvariant();
            var fits = isContext ? Levels.Contains(first) : Directions.Contains(first);
            var misplaced = isContext ? Directions.Contains(first) : Levels.Contains(first);
            if (fits)
            {
                prefix.Add(first);
                words.RemoveAt(0);
            }
            else if (misplaced)
            {
                report(cell.Span, "qualifier", words[0],
                    isContext ? "is a direction, which does not fit a context; it was left out" : "is a level, which fits only a context; it was left out");
                words.RemoveAt(0);
            }
        }

        var text = string.Join(" ", words);
        var name = model.Construct(text);
        if (name is null)
        {
            report(cell.Span, "term", item, "has no letters or digits to name a construct; it was left out");
            return null;
        }

        return string.Join(" ", prefix.Append(name));
    }

    private static List<string> Conditions(CsvCell cell, ImportedTheory model, ValueChangedReporter report)
    {
        var conditions = new List<string>();
        foreach (var item in Items(cell.Text))
        {
            var keyword = "when";
            var rest = item;
            var space = item.IndexOf(' ');
            if (space > 0 && item.Substring(0, space).ToLowerInvariant() is "when" or "unless")
            {
                keyword = item.Substring(0, space).ToLowerInvariant();
                rest = item.Substring(space + 1).Trim();
            }

            if (Term(rest, cell, isContext: true, model, report) is { } term)
                conditions.Add(keyword + " " + term);
        }

        return conditions;
    }

    private static string? Keyword<T>(CsvCell cell, Vocabulary<T> vocabulary, ValueChangedReporter report) where T : struct, Enum
    {
        var value = cell.Text.Trim().ToLowerInvariant();
        if (value.Length == 0)
            return null;
        if (vocabulary.TryGetValue(value, out _))
            return value;
        report(cell.Span, vocabulary.What, cell.Text.Trim(), $"is not one of {string.Join(", ", vocabulary.Keywords)}; it was left out");
        return null;
    }

    private static string? Confidence(CsvCell cell, ValueChangedReporter report)
    {
        var value = cell.Text.Trim();
        if (value.Length == 0)
            return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && value.All(c => char.IsDigit(c) || c == '.'))
            return value;
        var word = value.ToLowerInvariant();
        if (word is "high" or "moderate" or "low" or "medium" or "very_low" or "very_high")
            return word;
        report(cell.Span, "confidence", value, "is neither a number nor high, moderate or low; it was left out");
        return null;
    }

    // The key of an evidence item written as a citation (`@key at "p. 4"`), or null.
    private static string? CitedKey(string item) =>
        item.StartsWith("@", StringComparison.Ordinal) ? item.Substring(1).Split(' ')[0] : null;

    private static List<string> Evidence(CsvCell cell, ImportedTheory model, ValueChangedReporter report)
    {
        var items = new List<string>();
        foreach (var raw in Items(cell.Text))
        {
            var primary = PrimaryKinds.FirstOrDefault(k => raw.StartsWith(k.Written + " ", StringComparison.OrdinalIgnoreCase));
            if (primary.Keyword is not null)
            {
                // `interview "Manager, site B"` as a theory writes it, or `interview Manager` as people type it.
                var what = raw.Substring(primary.Written.Length + 1).Trim();
                if (what.Length >= 2 && what[0] == '"' && what[what.Length - 1] == '"')
                    what = what.Substring(1, what.Length - 2);
                items.Add(primary.Keyword + " " + SyntaxFacts.QuoteString(what));
                continue;
            }

            // key, then optionally (locator), then optionally "quote": the CSV export's own form.
            var text = raw.TrimStart('@');
            string? quote = null;
            var quoteStart = text.IndexOf('"');
            if (quoteStart > 0 && text.EndsWith("\"", StringComparison.Ordinal) && text.Length - quoteStart >= 2)
            {
                quote = text.Substring(quoteStart + 1, text.Length - quoteStart - 2);
                text = text.Substring(0, quoteStart).TrimEnd();
            }

            string? locator = null;
            var open = text.IndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && text.EndsWith(")", StringComparison.Ordinal))
            {
                locator = text.Substring(open + 2, text.Length - open - 3);
                text = text.Substring(0, open);
            }

            var key = text.Trim();
            if (!ImportNames.IsCitationKey(key))
            {
                var made = ImportNames.FromText(raw);
                if (made is null)
                    continue;
                report(cell.Span, "source", raw, $"is not a citation key; it was cited as `@{made}` (see the stub entry in the .bib)");
                key = made;
                locator = null;
                quote = null;
                model.Cite(key, raw);
            }
            else
            {
                model.Cite(key, null);
            }

            items.Add("@" + key + (locator is null ? "" : " at " + SyntaxFacts.QuoteString(locator)) + (quote is null ? "" : " quote " + SyntaxFacts.QuoteString(quote)));
        }

        return items;
    }

    private static string TheoryName(SourceText csv, CsvImportOptions options)
    {
        var stem = options.TheoryName ?? Path.GetFileNameWithoutExtension(csv.FilePath);
        var pascal = string.Concat((ImportNames.FromText(stem) ?? "imported").Split('_').Where(p => p.Length > 0)
            .Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        return char.IsDigit(pascal[0]) ? "Theory" + pascal : pascal;
    }

    private sealed class ImportedCmoc
    {
        public int Row { get; init; }
        public string Id { get; set; } = "";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<string> Contexts { get; set; } = [];
        /// <summary>Context clauses of their own: alternatives (`any of ...`) and pairings (`... => m`).</summary>
        public List<string> ContextClauses { get; } = [];
        /// <summary>Outcome clauses of their own: alternatives (`any of ...`).</summary>
        public List<string> OutcomeClauses { get; } = [];
        public List<string> Mechanisms { get; set; } = [];
        public string? Resource { get; set; }
        public List<string> Outcomes { get; set; } = [];
        public List<string> Conditions { get; set; } = [];
        public string? Stage { get; set; }
        public string? Status { get; set; }
        public string? Provenance { get; set; }
        public string? Confidence { get; set; }
        public List<string> Evidence { get; set; } = [];
    }

    /// <summary>What the rows add up to, and how it is written out as a theory.</summary>
    private sealed class ImportedTheory(CsvImportOptions options)
    {
        private readonly List<(string Name, string Text)> _constructs = [];
        private readonly HashSet<string> _constructNames = new(StringComparer.Ordinal);
        private readonly List<string> _stages = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<(string? Group, ImportedCmoc Cmoc)> _cmocs = [];
        private readonly List<(string Key, string? Text)> _citations = [];
        private readonly HashSet<string> _citedKeys = new(StringComparer.Ordinal);

        public int CmocCount => _cmocs.Count;

        public string? Construct(string text)
        {
            var name = ImportNames.FromText(text);
            if (name is not null && _constructNames.Add(name))
                _constructs.Add((name, text));
            return name;
        }

        public string? Stage(string text)
        {
            var name = ImportNames.FromText(text);
            if (name is null || name == "atemporal")
                return name;
            if (!_stages.Contains(name))
                _stages.Add(name);
            return name;
        }

        /// <summary>
        /// A table does not say how its stages are ordered; the usual words are put in their usual
        /// order (early &lt; middle &lt; late), any others after them in the order they first appear.
        /// </summary>
        private IEnumerable<string> OrderedStages()
        {
            string[] usual = ["initial", "early", "middle", "late", "final"];
            return _stages.Select((name, index) => (name, index))
                .OrderBy(s => Array.IndexOf(usual, s.name) is var rank and >= 0 ? rank : usual.Length + s.index)
                .Select(s => s.name);
        }

        public string UniqueId(string id, out bool renamed)
        {
            var unique = id;
            for (var n = 2; !_ids.Add(unique); n++)
                unique = id + "_" + n.ToString(CultureInfo.InvariantCulture);
            renamed = unique != id;
            return unique;
        }

        public void Cite(string key, string? text)
        {
            if (_citedKeys.Add(key))
                _citations.Add((key, text));
        }

        public void Add(string? group, ImportedCmoc cmoc) => _cmocs.Add((group, cmoc));

        public string WriteTheory(string theoryName)
        {
            var w = new StringBuilder();
            w.Append("// Imported from a CMOC table by `theory import csv`. Check it with `theory check`;\n");
            w.Append("// constructs were made from the table's wording: give them kinds and descriptions.\n\n");
            w.Append("theory ").Append(theoryName).Append(" {\n");
            if (_citations.Count > 0)
                w.Append("  bibliography ").Append(SyntaxFacts.QuoteString(options.BibliographyFileName)).Append('\n');
            w.Append("}\n\n");
            if (_stages.Count > 0)
                w.Append("stages ").Append(string.Join(" < ", OrderedStages())).Append("\n\n");
            foreach (var (name, text) in _constructs)
            {
                w.Append("construct ").Append(name);
                if (text != name)
                    w.Append(' ').Append(SyntaxFacts.QuoteString(text));
                w.Append('\n');
            }

            var groups = _cmocs.Select(c => c.Group).Distinct().ToList();
            var groupNames = new GroupNames();
            foreach (var group in groups)
            {
                var indent = "";
                w.Append('\n');
                if (group is not null)
                {
                    var name = groupNames.Claim(ImportNames.FromText(group) ?? "group", _constructNames, _ids);
                    w.Append("theme ").Append(name);
                    if (group != name)
                        w.Append(' ').Append(SyntaxFacts.QuoteString(group));
                    w.Append(" {\n");
                    indent = "  ";
                }

                foreach (var (_, cmoc) in _cmocs.Where(c => c.Group == group))
                    WriteCmoc(w, cmoc, indent);
                if (group is not null)
                    w.Append("}\n");
            }

            return w.ToString();
        }

        private static void WriteCmoc(StringBuilder w, ImportedCmoc cmoc, string indent)
        {
            w.Append(indent).Append("cmoc ").Append(cmoc.Id);
            if (cmoc.Title is not null)
                w.Append(' ').Append(SyntaxFacts.QuoteString(cmoc.Title));
            w.Append(" {\n");
            void Clause(string keyword, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                    w.Append(indent).Append("  ").Append(keyword.PadRight(11)).Append(' ').Append(value).Append('\n');
            }

            Clause("context", string.Join(", ", cmoc.Contexts));
            foreach (var clause in cmoc.ContextClauses)
                Clause("context", clause);
            Clause("mechanism", string.Join(", ", cmoc.Mechanisms));
            Clause("resource", cmoc.Resource is null ? null : SyntaxFacts.QuoteString(cmoc.Resource));
            Clause("outcome", string.Join(", ", cmoc.Outcomes));
            foreach (var clause in cmoc.OutcomeClauses)
                Clause("outcome", clause);
            foreach (var condition in cmoc.Conditions)
            {
                var space = condition.IndexOf(' ');
                Clause(condition.Substring(0, space), condition.Substring(space + 1));
            }

            Clause("stage", cmoc.Stage);
            Clause("evidence", string.Join(", ", cmoc.Evidence));
            Clause("status", cmoc.Status);
            Clause("provenance", cmoc.Provenance);
            Clause("confidence", cmoc.Confidence);
            Clause("description", cmoc.Description is null ? null : SyntaxFacts.QuoteString(cmoc.Description));
            w.Append(indent).Append("}\n");
        }

        public string? WriteBibliography()
        {
            var stubs = _citations.Where(c => !options.KnownCitationKeys.Contains(c.Key)).ToList();
            if (stubs.Count == 0)
                return null;
            var w = new StringBuilder("% Stub entries made by `theory import csv` for the sources the table cites. Complete them.\n");
            foreach (var (key, text) in stubs)
            {
                var note = text is null ? "" : ",\n  note  = {" + new string(text.Where(c => c is not ('{' or '}' or '\\')).ToArray()) + "}";
                w.Append("@misc{").Append(key).Append(",\n  title = {Imported from the CMOC table: complete this entry}").Append(note).Append(",\n}\n");
            }

            return w.ToString();
        }
    }

    /// <summary>Group names that clash with nothing else declared.</summary>
    private sealed class GroupNames
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

        public string Claim(string name, HashSet<string> constructs, HashSet<string> ids)
        {
            var unique = name;
            for (var n = 2; constructs.Contains(unique) || ids.Contains(unique) || !_taken.Add(unique); n++)
                unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            return unique;
        }
    }
}
