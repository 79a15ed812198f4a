using System.Globalization;
using System.Text.Json;
using Theory.Projects;
using Theory.Text;

namespace Theory.Bibliography;

/// <summary>
/// Reads CSL-JSON, the format Zotero ("Export Library… → CSL JSON"), citation.js and Pandoc write:
/// an array of items with `id`, `type`, `title`, `author` (family and given names), `issued`
/// (date parts) and the container's title. Fields are given their BibTeX names, so an entry from
/// CSL-JSON and one from BibTeX read alike everywhere (the JSON model, the checks).
/// </summary>
internal static class CslJsonReader
{
    // CSL item types and the BibTeX entry types they correspond to.
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article-journal"] = "article", ["article-magazine"] = "article", ["article-newspaper"] = "article", ["article"] = "article",
        ["book"] = "book", ["chapter"] = "incollection", ["paper-conference"] = "inproceedings", ["report"] = "techreport",
        ["thesis"] = "phdthesis", ["webpage"] = "online", ["dataset"] = "misc", ["manuscript"] = "unpublished",
    };

    // CSL variables and the BibTeX fields they become.
    private static readonly (string Csl, string BibTex)[] Fields =
    [
        ("title", "title"), ("container-title", "journal"), ("publisher", "publisher"), ("publisher-place", "address"),
        ("volume", "volume"), ("issue", "number"), ("page", "pages"), ("DOI", "doi"), ("URL", "url"), ("ISBN", "isbn"),
        ("ISSN", "issn"), ("abstract", "abstract"), ("note", "note"), ("edition", "edition"), ("genre", "type"),
    ];

    public static BibliographyFile Read(SourceText text)
    {
        var entries = new BibliographyEntries(text);
        var content = text.ToString();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            entries.Report(default, $"the CSL-JSON file cannot be read: {e.Message}");
            return entries.ToFile();
        }

        using (document)
        {
            var positions = new JsonStringPositions(content);
            var items = document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => document.RootElement.EnumerateArray().ToList(),
                // A single item, or Zotero's `{ "items": [...] }` wrapper.
                JsonValueKind.Object when document.RootElement.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array => list.EnumerateArray().ToList(),
                JsonValueKind.Object => [document.RootElement],
                _ => [],
            };
            if (items.Count == 0 && document.RootElement.ValueKind != JsonValueKind.Array)
                entries.Report(default, "a CSL-JSON file holds an array of items");
            foreach (var item in items)
                ReadItem(item, entries, positions);
        }

        return entries.ToFile();
    }

    private static void ReadItem(JsonElement item, BibliographyEntries entries, JsonStringPositions positions)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            entries.Report(default, "an item of a CSL-JSON file is not an object; it is skipped");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (csl, bibtex) in Fields)
        {
            if (item.TryGetProperty(csl, out var value) && Text(value) is { Length: > 0 } text)
                fields[bibtex] = text;
        }

        if (Names(item, "author") is { } authors)
            fields["author"] = authors;
        if (Names(item, "editor") is { } editors)
            fields["editor"] = editors;
        if (Year(item) is { } year)
            fields["year"] = year;

        var type = item.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && Types.TryGetValue(t.GetString()!, out var bibType) ? bibType : "misc";
        var id = item.TryGetProperty("id", out var idValue) ? Text(idValue) : null;
        var span = id is not null && positions.TryFind(id, out var start, out var length) ? new TextSpan(start, length) : default;
        var key = id is { Length: > 0 } && !id.Any(char.IsWhiteSpace) ? id : entries.MakeKey(fields.GetValueOrDefault("author"), fields.GetValueOrDefault("year"));
        entries.Add(key, type, fields, span);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    // `[{ "family": "Smith", "given": "Ann" }, { "literal": "NHS England" }]` → `Smith, Ann and {NHS England}` without braces.
    private static string? Names(JsonElement item, string role)
    {
        if (!item.TryGetProperty(role, out var list) || list.ValueKind != JsonValueKind.Array)
            return null;
        var names = new List<string>();
        foreach (var name in list.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object))
        {
            var family = name.TryGetProperty("family", out var f) ? Text(f) : null;
            var given = name.TryGetProperty("given", out var g) ? Text(g) : null;
            var particle = name.TryGetProperty("non-dropping-particle", out var p) ? Text(p) : null;
            var literal = name.TryGetProperty("literal", out var l) ? Text(l) : null;
            if (family is not null)
                names.Add((particle is null ? "" : particle + " ") + family + (given is null ? "" : ", " + given));
            else if (literal is not null)
                names.Add(literal);
        }

        return names.Count > 0 ? string.Join(" and ", names) : null;
    }

    // `"issued": { "date-parts": [[2020, 5]] }`, or `{ "raw": "2020" }`, or `{ "literal": "2020" }`.
    private static string? Year(JsonElement item)
    {
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind != JsonValueKind.Object)
            return null;
        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            && parts.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Array } first
            && first.EnumerateArray().FirstOrDefault() is { } year && Text(year) is { } yearText)
            return yearText;
        foreach (var name in new[] { "raw", "literal" })
        {
            if (issued.TryGetProperty(name, out var raw) && Text(raw) is { } rawText
                && System.Text.RegularExpressions.Regex.Match(rawText, @"\b\d{4}\b", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } match)
                return match.Value;
        }

        return null;
    }
}
