using System.Text.RegularExpressions;

namespace Theory.Import;

/// <summary>
/// One source as a table's cell writes it, read as a citation: a key (`smith2020`, `@smith2020`),
/// the CSV export's `key (locator) "quote"`, or an author–year reference as people type them
/// (`Jones (2019)`, `Smith et al. 2020`, `Evans &amp; Killoran, 2010`, `Jones (2019, p. 4)`,
/// `Huxham &amp; Vangen 2005 (p. 12)`), whose key is
/// the first author's surname and the year (`jones2019`), so `Smith 2020` and `smith2020` are one source.
/// </summary>
internal sealed record SourceReference(string Key, string? Locator, string? Quote, string? Authors, string? Year, bool IsFreeText)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Authors (no digits), then a year (with a letter for a second work that year), in brackets or
    // not, and optionally a locator after a comma or colon inside the brackets.
    private static readonly Regex AuthorYear = new(
        @"^(?<authors>[^\d()\[\]""]+?)(?:\s*\((?<year>(?:1[5-9]|20)\d\d[a-z]?)(?:\s*[,:;]\s*(?<locator>[^)]*))?\)|[\s,]+(?<year>(?:1[5-9]|20)\d\d[a-z]?)(?:\s*[,:]\s*(?<locator>.+)|\s*\((?<locator>[^)]*)\))?)$",
        RegexOptions.CultureInvariant, Timeout);

    private const int MaxReferenceLength = 300;

    private static readonly string[] AuthorJoiners = ["et al.", "et al", "&", " and "];

    /// <summary>Reads one item of a sources or evidence cell; null when it holds nothing that could name a source.</summary>
    public static SourceReference? Parse(string item)
    {
        var text = item.Trim();
        if (text.Length == 0)
            return null;

        // `key (locator) "quote"`: the CSV export's own form; a key never holds a space.
        string? quote = null;
        var quoteStart = text.IndexOf('"');
        if (quoteStart > 0 && text.EndsWith("\"", StringComparison.Ordinal) && text.Length - quoteStart >= 2)
        {
            quote = text.Substring(quoteStart + 1, text.Length - quoteStart - 2);
            text = text.Substring(0, quoteStart).TrimEnd();
        }

        var bare = text.TrimStart('@');
        // No reference runs to hundreds of characters; a longer cell is free text, and never meets
        // the pattern's backtracking (a cell of spaces and commas could otherwise reach its timeout).
        var match = bare.Length <= MaxReferenceLength ? AuthorYear.Match(bare) : Match.Empty;
        // A key followed by a bracketed year is an author–year reference (`Jones (2019)`), not a
        // key with a locator: that was read as `@Jones` at "2019".
        if (match.Success && (bare.Contains(' ') || bare.Contains('(')) && SurnameKey(match.Groups["authors"].Value) is { } surname)
        {
            var year = match.Groups["year"].Value;
            var locator = match.Groups["locator"].Success && match.Groups["locator"].Value.Trim().Length > 0 ? match.Groups["locator"].Value.Trim() : null;
            return new SourceReference(surname + year.ToLowerInvariant(), locator, quote, BibTexAuthors(match.Groups["authors"].Value), year, IsFreeText: false);
        }

        string? keyLocator = null;
        var open = bare.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && bare.EndsWith(")", StringComparison.Ordinal))
        {
            keyLocator = bare.Substring(open + 2, bare.Length - open - 3);
            bare = bare.Substring(0, open);
        }

        var key = bare.Trim();
        if (ImportNames.IsCitationKey(key))
            return new SourceReference(key, keyLocator, quote, null, null, IsFreeText: false);
        return ImportNames.FromText(item) is { } made ? new SourceReference(made, null, null, null, null, IsFreeText: true) : null;
    }

    /// <summary>The first author's surname as a key's start: `Huxham &amp; Vangen` → `huxham`; `van der Berg` → `vanderberg`.</summary>
    private static string? SurnameKey(string authors)
    {
        var first = authors;
        foreach (var joiner in AuthorJoiners)
        {
            var at = first.IndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
                first = first.Substring(0, at);
        }

        // "Smith, J." names Smith; "Smith, Jones" (two authors) names Smith too.
        var comma = first.IndexOf(',');
        if (comma > 0)
            first = first.Substring(0, comma);
        var name = ImportNames.FromText(first)?.Replace("_", "");
        return name is { Length: > 0 } && char.IsLetter(name[0]) ? name : null;
    }

    /// <summary>The authors in BibTeX's form: `Smith et al.` → `Smith and others`; `Evans &amp; Killoran` → `Evans and Killoran`.</summary>
    private static string BibTexAuthors(string written)
    {
        var text = Regex.Replace(written.Trim().TrimEnd(','), @"\s*\bet al\.?$", " and others", RegexOptions.IgnoreCase, Timeout);
        text = Regex.Replace(text, @"\s*&\s*", " and ", RegexOptions.None, Timeout);
        return Regex.Replace(text, @"\s+", " ", RegexOptions.None, Timeout).Trim();
    }

    /// <summary>True for a reference that clearly names one source: an author and year, or a key with letters and digits (`smith2020`), not a bare word or number.</summary>
    public bool IsClearlyOneSource => !IsFreeText && (Authors is not null || Key.Any(char.IsLetter) && Key.Any(char.IsDigit) || Key.Contains(':'));

    public override string ToString() =>
        "@" + Key + (Locator is null ? "" : " at " + Syntax.SyntaxFacts.QuoteString(Locator)) + (Quote is null ? "" : " quote " + Syntax.SyntaxFacts.QuoteString(Quote));
}
