using System.Globalization;
using Theory.Symbols;

namespace Theory.Analysis;

/// <summary>
/// Names that look alike but differ (`trust` and `trуst` with a Cyrillic `у`, full-width or
/// ligature forms) would silently be two constructs, and a contradiction between them would go
/// unseen. Every declared name is reduced to its TR39 skeleton; two different names with one
/// skeleton are reported once, at the later declaration (TH2014); a name that mixes look-alike
/// alphabets is reported on its own (TH2015). Linear: one dictionary of skeletons.
/// </summary>
internal static class ConfusableNameChecks
{
    public static void Run(AnalysisContext context)
    {
        var binding = context.Binding;
        // Every declared name, in the order of the files (ordinal path) and of the declarations in
        // them, so the later of two look-alikes is the one reported. Sorted once as an array by
        // keys read once: 160,000 names at 100k CMOCs.
        var names = new List<(Symbol Symbol, string What)>(binding.Constructs.Length + binding.Cmocs.Length + binding.Groups.Length + binding.Stages.Length);
        foreach (var construct in binding.Constructs)
            names.Add((construct, "construct"));
        foreach (var cmoc in binding.Cmocs)
            names.Add((cmoc, "CMOC"));
        foreach (var group in binding.Groups)
            names.Add((group, "group"));
        foreach (var stage in binding.Stages)
            if (!stage.IsAtemporal)
                names.Add((stage, "stage"));
        names.RemoveAll(p => p.Symbol.Location is null);
        var paths = new SortedSet<string>(names.Select(p => p.Symbol.Location!.FilePath), StringComparer.Ordinal).ToList();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
            rank[paths[i]] = i;
        var keys = new (int File, int Start, int Index)[names.Count];
        for (var i = 0; i < names.Count; i++)
            keys[i] = (rank[names[i].Symbol.Location!.FilePath], names[i].Symbol.Location!.Span.Start, i);
        // The index last keeps the sort stable, as OrderBy was.
        Array.Sort(keys);

        var first = new Dictionary<string, (Symbol Symbol, string What)>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var (symbol, what) = names[key.Index];
            ReportMixedScripts(context, symbol, what);
            var skeleton = NameForms.Skeleton(symbol.Name);
            if (!first.TryGetValue(skeleton, out var earlier))
            {
                first[skeleton] = (symbol, what);
                continue;
            }

            if (string.Equals(earlier.Symbol.Name, symbol.Name, StringComparison.Ordinal))
                continue; // the same name twice is a duplicate declaration, reported elsewhere
            context.Diagnostics.ReportConfusableNames(symbol.Location!, what, symbol.Name, earlier.What, earlier.Symbol.Name,
                Difference(symbol.Name, earlier.Symbol.Name), earlier.Symbol.Location!);
        }
    }

    // `trуst` with a Cyrillic `у` is not in the confusables table (it maps `у` to `y`), but no
    // real name mixes the Latin and Cyrillic alphabets: the mix itself is the warning sign.
    private static void ReportMixedScripts(AnalysisContext context, Symbol symbol, string what)
    {
        // A name in plain ASCII is in one alphabet: most names, so they skip the grouping below.
        if (NameForms.IsAscii(symbol.Name))
            return;
        var byScript = CodePoints(symbol.Name).Select(c => (CodePoint: c, Script: NameForms.LookAlikeScript(c)))
            .Where(p => p.Script is not null).GroupBy(p => p.Script!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byScript.Count < 2)
            return;
        var letters = string.Join(", ", byScript[1].Select(p => p.CodePoint).Distinct().Take(4)
            .Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture) + $" `{char.ConvertFromUtf32(c)}`"));
        context.Diagnostics.ReportMixedScriptName(symbol.Location!, what, symbol.Name, byScript[0].Key, byScript[1].Key, letters);
    }

    // The code points of one name that the other lacks, e.g. "U+0443 (`у`)".
    private static string Difference(string name, string other)
    {
        var theirs = new HashSet<int>(CodePoints(other));
        var differing = CodePoints(name).Where(c => !theirs.Contains(c)).Distinct().Take(4)
            .Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture) + (c is >= 0xD800 and <= 0xDFFF || char.IsControl((char)Math.Min(c, 0xFFFF)) ? "" : $" (`{char.ConvertFromUtf32(c)}`)"))
            .ToList();
        return differing.Count == 0 ? "how their characters are written" : string.Join(", ", differing);
    }

    private static IEnumerable<int> CodePoints(string text) => Syntax.IdentifierCharacters.CodePoints(text);
}
