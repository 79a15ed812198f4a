using System.Collections.Immutable;
using System.Globalization;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Text;

namespace Theory.Bibliography;

/// <summary>
/// Collects the entries of a bibliography in any format: the first entry of a key wins and a second
/// is reported, as BibTeX does, and generated keys (RIS has none) are made unique with a letter
/// the way reference managers do (`smith2020`, `smith2020a`).
/// </summary>
internal sealed class BibliographyEntries(SourceText text)
{
    private readonly List<SourceSymbol> _entries = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    // `smith2020a` … `smith2020z`, then `smith2020_28`, ...: numbers 2 to 27 are the letters.
    private readonly NumberedNames _numbered = new(n => n <= 27 ? ((char)('a' + n - 2)).ToString(CultureInfo.InvariantCulture) : "_" + n.ToString(CultureInfo.InvariantCulture));

    public DiagnosticBag Diagnostics { get; } = new();

    public void Report(TextSpan span, string message) => Diagnostics.ReportBibTexSyntax(new Location(text, span), message);

    public void Add(string key, string entryType, IReadOnlyDictionary<string, string> fields, TextSpan keySpan)
    {
        if (!_keys.Add(key))
        {
            Report(keySpan, $"the key `{key}` is defined twice; the first entry is used");
            return;
        }

        var entry = new SourceSymbol(key, entryType, fields.ToImmutableDictionary(StringComparer.Ordinal)) { Location = new Location(text, keySpan) };
        entry.Label = entry.Title;
        _entries.Add(entry);
    }

    /// <summary>A key made from the first author's surname and the year, with a letter when taken.</summary>
    public string MakeKey(string? author, string? year)
    {
        var surname = author?.Split([','], 2)[0].Split([" and "], StringSplitOptions.None)[0].Trim() ?? "";
        var letters = new string([.. surname.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        var stem = (letters.Length > 0 ? letters : "anon") + new string([.. (year ?? "").Where(char.IsDigit).Take(4)]);
        return _numbered.Claim(stem, key => !_keys.Contains(key));
    }

    public BibliographyFile ToFile() => new(text, [.. _entries], [.. Diagnostics.ToList()]);
}
