using System.Collections.Immutable;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Csv;

/// <summary>
/// The CMOC table as rows of cells, for every table format (CSV here, Excel workbooks in
/// Theory.Spreadsheets): one row per CMOC with the columns a realist synthesis appendix uses, and
/// the tables of constructs and groups that let a workbook be imported back with their names.
/// Terms are written with construct names (for data) or with their labels (for people).
/// </summary>
public static class CmocTableRows
{
    /// <summary>The column headings of the CMOC table, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "title", "group", "context", "mechanism", "resource", "outcome", "conditions", "scope", "stage",
        "status", "provenance", "confidence", "sources", "evidence", "description",
    ];

    /// <summary>The column headings of the construct table: each construct's name and what the theory says of it.</summary>
    public static IReadOnlyList<string> ConstructColumns { get; } = ["construct", "label", "kind", "aliases", "description"];

    /// <summary>The column headings of the typology table: one row per type, with its typology's label and description.</summary>
    public static IReadOnlyList<string> TypologyColumns { get; } = ["typology", "type", "label", "attributes", "typology label", "description"];

    /// <summary>The column headings of the group table.</summary>
    public static IReadOnlyList<string> GroupColumns { get; } = ["group", "label", "kind", "description"];

    /// <summary>
    /// One row per CMOC, cells in <see cref="Columns"/> order. With <paramref name="labels"/>, a
    /// term is written with its construct's label (`high Trust in partners`) and the group by its
    /// label; multiple terms in one cell are separated by "; ".
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Of(IEnumerable<CmocSymbol> cmocs, bool labels)
    {
        if (cmocs is null)
            throw new ArgumentNullException(nameof(cmocs));
        foreach (var cmoc in cmocs)
        {
            string Term(Term term) => TermText(term, labels);
            yield return
            [
                cmoc.Name,
                cmoc.Label ?? "",
                cmoc.Group is { } group ? labels ? group.DisplayName : group.Name : "",
                Join(Items(cmoc, cmoc.Contexts, cmoc.ContextAlternatives, paired: true, Term)),
                Join(cmoc.Mechanisms.Select(Term)),
                cmoc.ResourceText ?? "",
                Join(Items(cmoc, cmoc.Outcomes, cmoc.OutcomeAlternatives, paired: false, Term)),
                Join(cmoc.Conditions.Select(c => c.ToString())),
                Join(cmoc.Scope.Select(t => t.QualifiedName)),
                cmoc.Stage?.Name ?? "",
                EnumText.Of(cmoc.Status),
                EnumText.Of(cmoc.Provenance),
                cmoc.Confidence ?? "",
                Join(cmoc.Evidence.Where(e => e.EvidenceKind == EvidenceKind.Citation).Select(e => e.Key).Distinct(StringComparer.Ordinal)),
                Join(cmoc.Evidence.Select(EvidenceText)),
                cmoc.Description ?? "",
            ];
        }
    }

    /// <summary>One row per construct, in declaration order, cells in <see cref="ConstructColumns"/> order.</summary>
    public static IEnumerable<IReadOnlyList<string>> ConstructsOf(Compilation compilation)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        return compilation.Constructs.Select(c => (IReadOnlyList<string>)
            [c.Name, c.Label ?? "", EnumText.Of(c.ConstructKind), Join(c.Aliases), c.Description ?? ""]);
    }

    /// <summary>One row per group, in declaration order, cells in <see cref="GroupColumns"/> order.</summary>
    public static IEnumerable<IReadOnlyList<string>> GroupsOf(Compilation compilation)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        return compilation.Groups.Select(g => (IReadOnlyList<string>)
            [g.Name, g.Label ?? "", g.GroupKind.ToKeyword(), g.Description ?? ""]);
    }

    /// <summary>One row per type of each typology (a typology without types has one row of its own), cells in <see cref="TypologyColumns"/> order; attributes as `name value; name value`.</summary>
    public static IEnumerable<IReadOnlyList<string>> TypologiesOf(Compilation compilation)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        foreach (var typology in compilation.Typologies)
        {
            if (typology.Types.IsEmpty)
                yield return [typology.Name, "", "", "", typology.Label ?? "", typology.Description ?? ""];
            foreach (var type in typology.Types)
                yield return [typology.Name, type.Name, type.Label ?? "", Join(type.Attributes.Select(a => a.Key + " " + a.Value)), typology.Label ?? "", typology.Description ?? ""];
        }
    }

    /// <summary>A term as written, with its construct's label in place of the name when <paramref name="labels"/> (the report writes terms so too).</summary>
    internal static string TermText(Term term, bool labels)
    {
        var text = term.ToString();
        return labels && term.Construct is { Label: { Length: > 0 } label } construct && text.EndsWith(construct.Name, StringComparison.Ordinal)
            ? text.Substring(0, text.Length - construct.Name.Length) + label
            : text;
    }

    private static string Join(IEnumerable<string> items) => string.Join("; ", items);

    /// <summary>
    /// The items of a context or outcome cell, in the order written: a term; the alternatives of an
    /// `any of` clause joined by " or " (`low trust or high complexity`); and, for a context the CMOC
    /// pairs with mechanisms, those after " => ". The importer reads each form back.
    /// </summary>
    private static IEnumerable<string> Items(CmocSymbol cmoc, ImmutableArray<Term> terms, ImmutableArray<ImmutableArray<Term>> alternatives, bool paired, Func<Term, string> text)
    {
        // Only `any of` clauses write terms ahead of their turn; without them no set is needed
        // (the set hashed every term of every CMOC by its object header, a second at 100,000 CMOCs).
        var written = alternatives.IsDefaultOrEmpty ? null : new HashSet<Term>();
        foreach (var term in terms)
        {
            if (written is not null && !written.Add(term))
                continue;
            var group = written is null ? default : alternatives.FirstOrDefault(g => g.Contains(term));
            if (!group.IsDefault)
                written!.UnionWith(group);
            var item = group.IsDefault ? text(term) : string.Join(" or ", group.Select(text));
            if (paired && cmoc.Pairings.Any(p => p.Contexts.Contains(term)))
                item += " => " + string.Join(", ", cmoc.MechanismsTriggeredBy(term).Select(text));
            yield return item;
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
}
