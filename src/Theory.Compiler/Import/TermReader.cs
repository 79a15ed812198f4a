using System.Text.RegularExpressions;
using Theory.Symbols;

namespace Theory.Import;

/// <summary>Reports a value imported differently from how it was written (TH4005): the cell, what it holds, the value, what became of it.</summary>
internal delegate void ValueChangedReporter(TableCell cell, string what, string value, string result);

/// <summary>
/// Reads the terms people write in a table cell or a QDA code's name — `high trust`,
/// `necessary present quick wins`, `intermediate increased joint working`, `low a or high b`,
/// `high a => increased m` — into the theory's term syntax, naming each construct from its wording.
/// </summary>
internal sealed class TermReader(ImportedTheory model, CsvImportOptions options, ValueChangedReporter report)
{
    private static readonly string[] Tiers = ["intermediate", "final"];
    private static readonly string[] FactorRoles = [.. Vocabulary.FactorRoles.Keywords];
    private static readonly Regex QualifiedType = new(@"^\p{L}[\p{L}\p{N}_]*\.\p{L}[\p{L}\p{N}_]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static readonly string[] Levels = [.. Vocabulary.Qualifiers.Entries.Where(e => e.Value.IsLevel()).Select(e => e.Keyword)];
    public static readonly string[] Directions = [.. Vocabulary.Qualifiers.Entries.Where(e => e.Value.IsDirection()).Select(e => e.Keyword)];

    private readonly ValueChangedReporter _report = report;

    /// <summary>True once any term carried a level or direction (else TH4010).</summary>
    public bool SawSign { get; private set; }

    /// <param name="cell">The cell: items separated by `;` or line breaks.</param>
    /// <param name="isContext">Whether the terms are contexts (levels) rather than mechanisms or outcomes (directions).</param>
    /// <param name="tier">The outcome tier the column's header names, given to terms that do not name one.</param>
    /// <param name="clauses">
    /// Where items that need a clause of their own go, as the clause's text: alternatives
    /// (`low trust or high complexity` becomes `any of low trust, high complexity`) and, for
    /// contexts, pairings with mechanisms (`high a => increased m`). Null where neither applies.
    /// </param>
    public List<string> Terms(TableCell cell, bool isContext, string? tier, List<string>? clauses = null)
    {
        var terms = new List<string>();
        foreach (var item in CellItems.Split(cell.Text))
        {
            var arrow = isContext ? item.IndexOf("=>", StringComparison.Ordinal) : -1;
            var head = arrow > 0 ? item.Substring(0, arrow) : item;
            var alternatives = Regex.Split(head.Trim(), @"\s+or\s+", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                .Select(a => Term(a, cell, isContext, tier)).OfType<string>().ToList();
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
                    .Select(m => Term(m, cell, isContext: false, tier: null)).OfType<string>().ToList();
                if (mechanisms.Count > 0)
                    clause += " => " + string.Join(", ", mechanisms);
            }

            clauses.Add(clause);
        }

        return terms;
    }

    public string? Term(string item, TableCell cell, bool isContext, string? tier)
    {
        var words = item.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
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
        else if (tier is not null)
        {
            prefix.Add(tier);
        }

        var signed = false;
        if (words.Count > 1)
        {
            var first = words[0].ToLowerInvariant();
            var fits = isContext ? Levels.Contains(first) : Directions.Contains(first);
            var misplaced = isContext ? Directions.Contains(first) : Levels.Contains(first);
            if (fits)
            {
                prefix.Add(first);
                words.RemoveAt(0);
                signed = SawSign = true;
            }
            else if (misplaced)
            {
                _report(cell, "qualifier", words[0],
                    isContext ? "is a direction, which does not fit a context; it was left out" : "is a level, which fits only a context; it was left out");
                words.RemoveAt(0);
            }
        }

        if (!signed && (isContext ? options.DefaultLevel : options.DefaultDirection) is { } fallback)
            prefix.Add(fallback);

        var text = string.Join(" ", words);
        if (QualifiedType.IsMatch(text) && model.IsType(text))
            return string.Join(" ", prefix.Append(text));
        if (QualifiedType.IsMatch(text))
        {
            // `CollaborationType.alliance`: a type as a context, which needs its typology.
            _report(cell, "type", text, "was not imported: declare the typology in the theory and add the type to the CMOC");
            return null;
        }

        var name = model.Construct(text, out var collision);
        if (name is null)
        {
            _report(cell, "term", item, "has no letters or digits to name a construct; it was left out");
            return null;
        }

        if (collision is not null)
            _report(cell, "term", text, $"was named `{name}`: its short name was already taken by `{collision}`");
        return string.Join(" ", prefix.Append(name));
    }
}
