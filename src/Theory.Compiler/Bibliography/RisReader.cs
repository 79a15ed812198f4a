using System.Text.RegularExpressions;
using Theory.Text;

namespace Theory.Bibliography;

/// <summary>
/// Reads RIS, the tagged format EndNote, Mendeley and most databases export: one tag per line
/// (`TY  - JOUR`, `AU  - Smith, Ann`, `PY  - 2020`, ... `ER  -`). An entry's key is its `ID`
/// tag when it has one, else the first author's surname and the year (`smith2020`, then
/// `smith2020a`), as reference managers make them. Fields get their BibTeX names.
/// </summary>
internal static class RisReader
{
    private static readonly Regex Tag = new(@"^([A-Z][A-Z0-9])  -(?: (.*))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["JOUR"] = "article", ["JFULL"] = "article", ["MGZN"] = "article", ["NEWS"] = "article", ["EJOUR"] = "article",
        ["BOOK"] = "book", ["EBOOK"] = "book", ["CHAP"] = "incollection", ["ECHAP"] = "incollection",
        ["CONF"] = "inproceedings", ["CPAPER"] = "inproceedings", ["RPRT"] = "techreport", ["GOVDOC"] = "techreport",
        ["THES"] = "phdthesis", ["ELEC"] = "online", ["WEB"] = "online", ["UNPB"] = "unpublished",
    };

    // RIS tags and the BibTeX fields they become (authors, years and pages are handled apart).
    private static readonly Dictionary<string, string> TagFields = new(StringComparer.Ordinal)
    {
        ["TI"] = "title", ["T1"] = "title", ["T2"] = "journal", ["JO"] = "journal", ["JF"] = "journal", ["JA"] = "journal",
        ["BT"] = "booktitle", ["VL"] = "volume", ["IS"] = "number", ["PB"] = "publisher", ["CY"] = "address",
        ["DO"] = "doi", ["UR"] = "url", ["SN"] = "issn", ["AB"] = "abstract", ["N1"] = "note", ["ET"] = "edition",
    };

    public static BibliographyFile Read(SourceText text)
    {
        var entries = new BibliographyEntries(text);
        Entry? entry = null;
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span).TrimStart('\uFEFF');
            if (content.Trim().Length == 0)
                continue;
            var match = Tag.Match(content.TrimEnd());
            if (!match.Success)
            {
                // A long value wrapped onto the next line belongs to the last tag.
                if (entry?.Last is { } last)
                    entry.Fields[last] += " " + content.Trim();
                else
                    entries.Report(line.Span, $"`{Shorten(content)}` is not a RIS line (`XX  - value`); it is skipped");
                continue;
            }

            var tag = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim();
            if (tag == "TY")
            {
                if (entry is not null)
                    entries.Report(entry.Start, "this entry has no `ER  -` line before the next `TY  -`; it was read to there");
                Close(entry, entries);
                entry = new Entry(line.Span, Types.TryGetValue(value, out var type) ? type : "misc");
                continue;
            }

            if (entry is null)
            {
                entries.Report(line.Span, $"`{tag}` comes before any `TY  -` line; it is skipped");
                continue;
            }

            if (tag == "ER")
            {
                Close(entry, entries);
                entry = null;
                continue;
            }

            entry.Add(tag, value);
        }

        if (entry is not null)
        {
            entries.Report(entry.Start, "the last entry has no `ER  -` line; it was read to the end of the file");
            Close(entry, entries);
        }

        return entries.ToFile();
    }

    private static void Close(Entry? entry, BibliographyEntries entries)
    {
        if (entry is null)
            return;
        var fields = new Dictionary<string, string>(entry.Fields, StringComparer.Ordinal);
        if (entry.Authors.Count > 0)
            fields["author"] = string.Join(" and ", entry.Authors);
        if (entry.Editors.Count > 0)
            fields["editor"] = string.Join(" and ", entry.Editors);
        if (entry.Year is { } year)
            fields["year"] = year;
        if (entry.StartPage is { } start)
            fields["pages"] = entry.EndPage is { } end ? start + "–" + end : start;
        var key = entry.Id is { Length: > 0 } id && !id.Any(char.IsWhiteSpace) ? id : entries.MakeKey(fields.GetValueOrDefault("author"), entry.Year);
        entries.Add(key, entry.Type, fields, entry.Start);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private sealed class Entry(TextSpan start, string type)
    {
        public TextSpan Start { get; } = start;
        public string Type { get; } = type;
        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);
        public List<string> Authors { get; } = [];
        public List<string> Editors { get; } = [];
        public string? Year { get; private set; }
        public string? Id { get; private set; }
        public string? StartPage { get; private set; }
        public string? EndPage { get; private set; }
        public string? Last { get; private set; }

        public void Add(string tag, string value)
        {
            Last = null;
            switch (tag)
            {
                case "AU" or "A1":
                    Authors.Add(value);
                    return;
                case "A2" or "ED":
                    Editors.Add(value);
                    return;
                case "PY" or "Y1" or "DA" when Year is null:
                    Year = Regex.Match(value, @"\d{4}", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Value : null;
                    return;
                case "ID":
                    Id = value;
                    return;
                case "SP":
                    StartPage = value;
                    return;
                case "EP":
                    EndPage = value;
                    return;
            }

            if (TagFields.TryGetValue(tag, out var field) && !Fields.ContainsKey(field))
            {
                Fields[field] = value;
                Last = field;
            }
        }
    }
}
