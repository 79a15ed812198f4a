using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Theory.Import;

/// <summary>A column the importer reads: its role, its header cell, and the outcome tier its header names.</summary>
internal sealed record MappedColumn(string Role, TableCell Header, string? Tier)
{
    public int Index => Header.Column;
}

/// <summary>
/// Finds the header row (the first of the first rows that names a context, a mechanism and an
/// outcome column: title rows above it are skipped) and maps each column to a role. A role may
/// have several columns (intermediate and final outcomes; two source columns); a column no role
/// claims is listed so that the importer reports it rather than drop it.
/// </summary>
internal sealed class ColumnMap
{
    // Built-in header names for each role, compared by Key(): lower case, letters only, without a
    // parenthesised part. The tier is the one a header names ("Intermediate outcome(s)").
    private static readonly (string Role, string? Tier, string[] Headers)[] Known =
    [
        ("id", null, ["id", "cmoc", "cmocid", "cmocno", "cmocnumber", "cmocref", "cmocnr", "code", "ref", "no", "number"]),
        ("title", null, ["title", "label", "name", "summary"]),
        ("group", null, ["group", "theme", "mrt", "category", "cluster", "criterion"]),
        ("context", null, ["context", "contexts", "c"]),
        ("mechanism", null, ["mechanism", "mechanisms", "m", "reasoning"]),
        ("resource", null, ["resource", "resources"]),
        ("outcome", null, ["outcome", "outcomes", "o"]),
        ("outcome", "intermediate", ["intermediateoutcome", "intermediateoutcomes", "proximaloutcome", "proximaloutcomes", "shorttermoutcome", "shorttermoutcomes"]),
        ("outcome", "final", ["finaloutcome", "finaloutcomes", "distaloutcome", "distaloutcomes", "longtermoutcome", "longtermoutcomes", "ultimateoutcome"]),
        ("conditions", null, ["conditions", "condition", "when"]),
        ("scope", null, ["scope", "for", "type"]),
        ("stage", null, ["stage", "phase"]),
        ("status", null, ["status"]),
        ("provenance", null, ["provenance"]),
        ("confidence", null, ["confidence"]),
        ("sources", null, ["sources", "source", "references", "reference", "citations", "citation", "studies", "study", "paper", "papers"]),
        ("evidence", null, ["evidence"]),
        ("quote", null, ["quote", "quotes", "supportingquote", "supportingquotes", "dataextract", "dataextracts", "extract", "extracts", "excerpt", "excerpts", "illustrativequote", "illustrativequotes", "verbatim"]),
        ("description", null, ["description", "notes", "note", "explanation", "comments", "comment"]),
    ];

    /// <summary>Roles with one value per CMOC: a second column for one of them is reported, not merged.</summary>
    private static readonly HashSet<string> SingleValued = ["id", "title", "group", "resource", "scope", "stage", "status", "provenance", "confidence"];

    /// <summary>The roles every CMOC table must have a column for.</summary>
    public static readonly string[] Required = ["context", "mechanism", "outcome"];

    // How far down a title row may push the header.
    private const int HeaderSearchRows = 10;

    private ColumnMap(int headerIndex, ImmutableArray<MappedColumn> columns, ImmutableArray<(TableCell Header, string Reason)> unmapped, ImmutableArray<string> missing)
    {
        HeaderIndex = headerIndex;
        Columns = columns;
        Unmapped = unmapped;
        Missing = missing;
    }

    public static IEnumerable<string> Roles => Known.Select(k => k.Role).Distinct();

    /// <summary>Where the header row is among the table's rows.</summary>
    public int HeaderIndex { get; }

    public ImmutableArray<MappedColumn> Columns { get; }

    /// <summary>Header cells no role claimed, with why.</summary>
    public ImmutableArray<(TableCell Header, string Reason)> Unmapped { get; }

    /// <summary>Required roles no column holds (reported as TH4001).</summary>
    public ImmutableArray<string> Missing { get; }

    public bool IsComplete => Missing.IsEmpty;

    public IEnumerable<MappedColumn> For(string role) => Columns.Where(c => c.Role == role);

    /// <summary>Three headers the importer knows for a role, for messages.</summary>
    public static string ExampleHeaders(string role) =>
        string.Join(", ", Known.First(k => k.Role == role).Headers.Take(3).Select(h => "`" + h + "`"));

    public static ColumnMap Find(ImmutableArray<TableRow> rows, IReadOnlyList<KeyValuePair<string, string>> chosen)
    {
        ColumnMap? first = null;
        for (var r = 0; r < Math.Min(rows.Length, HeaderSearchRows); r++)
        {
            var map = Map(r, rows[r], chosen);
            if (map.IsComplete)
                return map;
            first ??= map;
        }

        return first ?? new ColumnMap(0, [], [], [.. Required]);
    }

    private static ColumnMap Map(int headerIndex, TableRow header, IReadOnlyList<KeyValuePair<string, string>> chosen)
    {
        var explicitRoles = chosen.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var columns = new List<MappedColumn>();
        var unmapped = new List<(TableCell, string)>();
        foreach (var cell in header.Cells)
        {
            var key = Key(cell.Text);
            var role = chosen.Where(c => Key(c.Value) == key && key.Length > 0).Select(c => (c.Key, Tier: TierOf(key))).FirstOrDefault();
            if (role.Key is null)
            {
                var known = Known.FirstOrDefault(k => k.Headers.Contains(key) && !explicitRoles.Contains(k.Role));
                role = (known.Role, known.Tier);
            }

            if (role.Key is null)
            {
                unmapped.Add((cell, cell.IsBlank ? "it has no header" : "its header names no part of a CMOC"));
                continue;
            }

            if (SingleValued.Contains(role.Key) && columns.Any(c => c.Role == role.Key))
            {
                unmapped.Add((cell, $"the `{role.Key}` is already read from column {CellAddress.ColumnLetters(columns.First(c => c.Role == role.Key).Index)}, and a CMOC has one"));
                continue;
            }

            columns.Add(new MappedColumn(role.Key, cell, role.Tier));
        }

        return new ColumnMap(headerIndex, [.. columns], [.. unmapped], [.. Required.Where(r => !columns.Any(c => c.Role == r))]);
    }

    private static string? TierOf(string key) =>
        key.Contains("intermediate") || key.Contains("proximal") || key.Contains("shortterm") ? "intermediate"
        : key.Contains("final") || key.Contains("distal") || key.Contains("longterm") || key.Contains("ultimate") ? "final"
        : null;

    /// <summary>A header compared by its letters only, without a parenthesised part: `Context (C)` → `context`, `Source(s)` → `source`.</summary>
    public static string Key(string header)
    {
        var withoutParentheses = Regex.Replace(header, @"\([^)]*\)", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        var letters = new string([.. withoutParentheses.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        return letters.Length > 0 ? letters : new string([.. header.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
    }
}
