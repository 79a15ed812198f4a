using System.Collections.Immutable;
using System.Globalization;
using Theory.Diagnostics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Import.Qda;

/// <summary>
/// Turns a REFI-QDA project or codebook (what NVivo, ATLAS.ti and MAXQDA export) into a theory.
/// Codes become constructs, labelled with the code's name, and the code hierarchy becomes groups.
/// Realist coding marks each code's role by where it sits: the codes under a top-level code named
/// Context(s), Mechanism(s) (or Resources, Reasoning) and Outcome(s) are contexts, mechanisms and
/// outcomes. A segment coded with a context and an outcome (and a mechanism) is a configuration:
/// the segments that code the same configuration become one CMOC (a `link` without a mechanism),
/// each segment an evidence item naming its document, with the segment's text as the quote. A code
/// written with a level or direction (`High trust`) keeps it. What cannot be mapped is reported.
/// </summary>
public static class RefiQdaImporter
{
    private static readonly Dictionary<string, string> RoleWords = new(StringComparer.Ordinal)
    {
        ["context"] = "context", ["contexts"] = "context", ["c"] = "context",
        ["mechanism"] = "mechanism", ["mechanisms"] = "mechanism", ["m"] = "mechanism", ["resources"] = "mechanism",
        ["reasoning"] = "mechanism", ["mechanismresource"] = "mechanism", ["mechanismreasoning"] = "mechanism",
        ["outcome"] = "outcome", ["outcomes"] = "outcome", ["o"] = "outcome",
        ["intermediateoutcome"] = "outcome", ["intermediateoutcomes"] = "outcome", ["finaloutcome"] = "outcome", ["finaloutcomes"] = "outcome",
    };

    /// <summary>
    /// Imports a `.qdpx` project or a `.qdc` codebook; <paramref name="displayPath"/> is how messages
    /// name the file. Null, with <paramref name="error"/>, when the file is neither.
    /// </summary>
    public static CsvImportResult? Import(Stream file, string displayPath, CsvImportOptions? options, out string? error)
    {
        if (file is null)
            throw new ArgumentNullException(nameof(file));
        options ??= new CsvImportOptions();
        var bag = new DiagnosticBag();
        var location = Location.OfFile(displayPath);
        if (QdaProject.Read(file, out error) is not { } project)
            return null;

        if (project.TooDeep)
            bag.ReportLimitReached(location, "the code hierarchy", Limits.NestingDepth.ToString(CultureInfo.InvariantCulture) + " levels", "codes nested deeper were not imported");
        var model = new ImportedTheory(options) { Origin = "a QDA project" + (project.Origin is { Length: > 0 } tool ? " (" + tool + ")" : "") };
        var column = 0;
        void Report(TableCell cell, string what, string value, string result) => bag.ReportImportValueChanged(cell.Location, cell.Address, what, value, result);
        var terms = new TermReader(model, options, Report);
        var place = new TablePlace(null, displayPath, null);
        TableCell Cell(string text, string address) => new(text, place, default, 0, column++, address);

        // Each code: its role (from the top-level code it sits under) and its term.
        var codes = new Dictionary<string, (string Role, string? Tier, string Term)>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var top in project.Codes)
            Declare(top, RoleOf(top), null);

        void Declare(QdaCode code, string? role, string? group)
        {
            // "Contexts" at the top, or "Intermediate outcomes" grouping outcome codes, names a role, not a construct.
            var isRoleCode = RoleOf(code) is not null && (code.Parent is null || RoleOf(code.Parent) is null || code.Children.Count > 0);
            var isCategory = !code.IsCodable && code.Children.Count > 0;
            if (!isRoleCode && !isCategory && code.Name.Length > 0)
            {
                var cell = Cell(code.Name, "code `" + code.Name + "`");
                if (terms.Term(code.Name, cell, isContext: role == "context", TierOf(code)) is { } term)
                {
                    names[code.Guid] = term;
                    var construct = term.Split(' ').Last();
                    if (group is not null)
                        model.PlaceConstruct(construct, group);
                    if (code.Description is { } description)
                        model.Describe(construct, description);
                    if (role is not null)
                        codes[code.Guid] = (role, TierOf(code), term);
                }
            }

            // A code with children is a group of them; a role code (Contexts) is the role, not a group.
            var childGroup = isRoleCode && code.Parent is null ? group : code.Children.Count > 0 ? code.Name : group;
            foreach (var child in code.Children)
                Declare(child, role, childGroup);
        }

        var configurations = new Dictionary<string, ImportedCmoc>(StringComparer.Ordinal);
        var unplaced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in project.Segments)
        {
            var coded = segment.CodeGuids.Where(codes.ContainsKey).Select(g => codes[g]).ToList();
            var contexts = Distinct(coded.Where(c => c.Role == "context"));
            var mechanisms = Distinct(coded.Where(c => c.Role == "mechanism"));
            var outcomes = Distinct(coded.Where(c => c.Role == "outcome"));
            if (contexts.Count == 0 || outcomes.Count == 0)
            {
                foreach (var guid in segment.CodeGuids.Where(names.ContainsKey))
                    unplaced[names[guid]] = unplaced.TryGetValue(names[guid], out var n) ? n + 1 : 1;
                continue;
            }

            var key = string.Join(",", contexts) + "|" + string.Join(",", mechanisms) + "|" + string.Join(",", outcomes);
            if (!configurations.TryGetValue(key, out var cmoc))
            {
                cmoc = new ImportedCmoc { IsLink = mechanisms.Count == 0, Contexts = contexts, Mechanisms = mechanisms, Outcomes = outcomes };
                cmoc.Id = model.UniqueId("Q" + (configurations.Count + 1).ToString(CultureInfo.InvariantCulture), out _);
                configurations[key] = cmoc;
                model.Add(null, cmoc);
            }

            var item = Kind(segment.Source) + " " + SyntaxFacts.QuoteString(segment.Source)
                + (segment.Locator is { } locator ? " at " + SyntaxFacts.QuoteString(locator) : "")
                + (segment.Text is { } text ? " quote " + SyntaxFacts.QuoteString(text) : "");
            if (!cmoc.Evidence.Contains(item))
                cmoc.Evidence.Add(item);
        }

        foreach (var (term, count) in unplaced.OrderBy(u => u.Key, StringComparer.Ordinal))
            Report(Cell(term, "segments"), "code", term, $"has {count.ToString(CultureInfo.InvariantCulture)} coded segment{(count == 1 ? "" : "s")} with no context and outcome coded with {(count == 1 ? "it" : "them")}; {(count == 1 ? "it was" : "they were")} not imported as evidence of a claim");
        foreach (var (origin, target, name) in project.Links)
        {
            if (names.TryGetValue(origin, out var from) && names.TryGetValue(target, out var to))
                model.Add(null, new ImportedCmoc { Id = model.UniqueId(ImportNames.FromText(name ?? "") is { } id && ImportNames.IsName(id) ? id : "R" + (model.LinkRowCount + 1).ToString(CultureInfo.InvariantCulture), out _), IsLink = true, Contexts = [from], Outcomes = [to] });
            else
                Report(Cell(name ?? "", "links"), "relationship", name ?? origin + " -> " + target, "joins something other than two codes; it was not imported");
        }

        if (!terms.SawSign && options.DefaultLevel is null && options.DefaultDirection is null && model.CmocCount + model.LinkRowCount > 0)
            bag.ReportImportWithoutSigns(location);
        return new CsvImportResult(model.WriteTheory(CsvCmocImporter.TheoryName(displayPath, options)), null, model.CmocCount, 0, [.. bag.ToList()])
        {
            ImportedLinks = model.LinkRowCount,
        };
    }

    private static List<string> Distinct(IEnumerable<(string Role, string? Tier, string Term)> coded) =>
        [.. coded.Select(c => c.Term).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // The role a code names by itself (a top-level "Contexts" code), or null.
    private static string? RoleOf(QdaCode code) => RoleWords.TryGetValue(ColumnMap.Key(code.Name), out var role) ? role : null;

    private static string? TierOf(QdaCode code)
    {
        for (var c = code.Parent; c is not null; c = c.Parent)
        {
            var key = ColumnMap.Key(c.Name);
            if (key.StartsWith("intermediate", StringComparison.Ordinal))
                return "intermediate";
            if (key.StartsWith("final", StringComparison.Ordinal))
                return "final";
        }

        return null;
    }

    // A document's kind, from its name as researchers name transcripts: "Interview 3 - manager".
    private static string Kind(string source)
    {
        var name = source.ToLowerInvariant();
        return name.Contains("focus group") ? "focus_group"
            : name.Contains("interview") ? "interview"
            : name.Contains("observation") || name.Contains("field note") ? "observation"
            : name.Contains("survey") || name.Contains("questionnaire") ? "survey"
            : "document";
    }
}
