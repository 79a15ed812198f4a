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
        var names = binding.Constructs.Select(s => (Symbol)s).Select(s => (s, "construct"))
            .Concat(binding.Cmocs.Select(s => ((Symbol)s, "CMOC")))
            .Concat(binding.Groups.Select(s => ((Symbol)s, "group")))
            .Concat(binding.Stages.Where(s => !s.IsAtemporal).Select(s => ((Symbol)s, "stage")))
            .Where(p => p.Item1.Location is not null)
            .OrderBy(p => p.Item1.Location!.FilePath, StringComparer.Ordinal)
            .ThenBy(p => p.Item1.Location!.Span.Start);

        var first = new Dictionary<string, (Symbol Symbol, string What)>(StringComparer.Ordinal);
        foreach (var (symbol, what) in names)
        {
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
        if (IsAscii(symbol.Name))
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

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c >= 0x80)
                return false;
        return true;
    }

    private static IEnumerable<int> CodePoints(string text) => Syntax.IdentifierCharacters.CodePoints(text);
}
