using System.Collections.Immutable;
using System.Text;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Csv;

/// <summary>
/// One row per CMOC, with the columns a realist synthesis appendix uses. RFC 4180 quoting, CRLF
/// row ends (what spreadsheets expect), and cells that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or CR) prefixed with an apostrophe.
/// </summary>
public static class CsvEmitter
{
    /// <summary>The column headings, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "title", "group", "context", "mechanism", "resource", "outcome", "conditions", "scope", "stage",
        "status", "provenance", "confidence", "sources", "evidence", "description",
    ];

    /// <summary>Writes the table. Multiple terms in one cell are separated by "; ".</summary>
    public static string Emit(Compilation compilation, EmitOptions? options = null)
    {
        var builder = new StringBuilder();
        WriteRow(builder, Columns);
        foreach (var cmoc in compilation.Cmocs)
        {
            WriteRow(builder,
            [
                cmoc.Name,
                cmoc.Label ?? "",
                cmoc.Group?.Name ?? "",
                Join(Items(cmoc, cmoc.Contexts, cmoc.ContextAlternatives, paired: true)),
                Join(cmoc.Mechanisms.Select(t => t.ToString())),
                cmoc.ResourceText ?? "",
                Join(Items(cmoc, cmoc.Outcomes, cmoc.OutcomeAlternatives, paired: false)),
                Join(cmoc.Conditions.Select(c => c.ToString())),
                Join(cmoc.Scope.Select(t => t.QualifiedName)),
                cmoc.Stage?.Name ?? "",
                EnumText.Of(cmoc.Status),
                EnumText.Of(cmoc.Provenance),
                cmoc.Confidence ?? "",
                Join(cmoc.Evidence.Where(e => e.EvidenceKind == EvidenceKind.Citation).Select(e => e.Key).Distinct(StringComparer.Ordinal)),
                Join(cmoc.Evidence.Select(EvidenceText)),
                cmoc.Description ?? "",
            ]);
        }

        return builder.ToString();
    }

    private static string Join(IEnumerable<string> items) => string.Join("; ", items);

    /// <summary>
    /// The items of a context or outcome cell, in the order written: a term; the alternatives of an
    /// `any of` clause joined by " or " (`low trust or high complexity`); and, for a context the CMOC
    /// pairs with mechanisms, those after " => ". The importer reads each form back.
    /// </summary>
    private static IEnumerable<string> Items(CmocSymbol cmoc, ImmutableArray<Term> terms, ImmutableArray<ImmutableArray<Term>> alternatives, bool paired)
    {
        var written = new HashSet<Term>();
        foreach (var term in terms)
        {
            if (!written.Add(term))
                continue;
            var group = alternatives.FirstOrDefault(g => g.Contains(term));
            if (!group.IsDefault)
                written.UnionWith(group);
            var text = group.IsDefault ? term.ToString() : string.Join(" or ", group.Select(t => t.ToString()));
            if (paired && cmoc.Pairings.Any(p => p.Contexts.Contains(term)))
                text += " => " + string.Join(", ", cmoc.MechanismsTriggeredBy(term).Select(m => m.ToString()));
            yield return text;
        }
    }

    private static string EvidenceText(EvidenceItem item)
    {
        var head = item.EvidenceKind == EvidenceKind.Citation ? item.Key : item.EvidenceKind.ToKeyword() + " " + item.Key;
        if (item.Locator is { } locator)
            head += " (" + locator + ")";
        if (item.Quote is { } quote)
            head += " \"" + quote + "\"";
        return head;
    }

    private static void WriteRow(StringBuilder builder, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                builder.Append(',');
            builder.Append(Cell(cells[i]));
        }

        builder.Append("\r\n");
    }

    /// <summary>A CSV cell: neutralised against formula injection, then quoted when it needs to be.</summary>
    internal static string Cell(string value)
    {
        var text = TextSanitiser.OneLine(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        if (text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text.Length > 0 && (text[0] == ' ' || text[text.Length - 1] == ' '))
            return "\"" + text.Replace("\"", "\"\"") + "\"";
        return text;
    }
}
