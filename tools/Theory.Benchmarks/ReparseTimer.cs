using System.Diagnostics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// What an edit costs the parser of one file: a fresh parse of the edited text against
/// <see cref="SyntaxTree.WithChangedText"/> from the tree before the edit, for the edits an editor
/// makes in the middle of a file (a comment typed, a word changed, a declaration added or deleted,
/// a brace typed that breaks the file). Medians of nine interleaved runs (or as many as asked),
/// after three rounds of every edit to warm up (one when fewer runs are asked).
/// </summary>
public static class ReparseTimer
{
    public static void Run(string path, int runs = 9)
    {
        var original = File.ReadAllText(path);
        var tree = SyntaxTree.ParseText(original, path);
        // A CMOC's line half way through the file, at whatever depth its groups put it.
        var middle = original.IndexOf("cmoc ", original.Length / 2, StringComparison.Ordinal);
        middle = original.LastIndexOf('\n', Math.Max(middle, 0)) + 1;
        if (middle <= 0)
            throw new InvalidOperationException($"{path} has no CMOC in its second half to edit");
        var quote = original.IndexOf('"', middle) + 1;
        var lineEnd = original.IndexOf('\n', middle) + 1;

        var edits = new (string Name, string Text)[]
        {
            ("a comment typed", original.Insert(middle, "// edited\n")),
            ("a word changed in a string", original.Insert(quote, "x")),
            ("a declaration added", original.Insert(middle, "cmoc edited: high a => increased b -> increased c\n")),
            ("a line deleted", original.Remove(middle, lineEnd - middle)),
            ("a brace typed (a syntax error)", original.Insert(middle, "{ ")),
        };

        Console.WriteLine($"{path}: {original.Length / 1e6:0.0} MB, {tree.Root.Declarations.Count()} top-level declarations");
        Console.WriteLine($"{"edit",-32} {"fresh parse",12} {"reparse",12} {"ratio",6} {"tokens parsed",14}");
        var sources = edits.Select(e => SourceText.From(e.Text, path)).ToArray();
        // Every edit both ways first, so the compiler's tiers have settled before anything is timed
        // (once only when few runs are asked for: a large file's parse with recovery takes long).
        for (var warm = 0; warm < (runs >= 9 ? 3 : 1); warm++)
        {
            foreach (var source in sources)
            {
                SyntaxTree.Parse(source);
                tree.WithChangedText(source);
            }
        }

        for (var e = 0; e < edits.Length; e++)
        {
            var source = sources[e];
            var fresh = new double[runs];
            var incremental = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                fresh[i] = Time(() => SyntaxTree.Parse(source));
                incremental[i] = Time(() => tree.WithChangedText(source));
            }

            Array.Sort(fresh);
            Array.Sort(incremental);
            var parsed = tree.WithChangedText(source).ReparsedTokens is { } count ? $"{count}" : "all";
            Console.WriteLine($"{edits[e].Name,-32} {fresh[runs / 2],9:0.0} ms {incremental[runs / 2],9:0.0} ms {incremental[runs / 2] / fresh[runs / 2],6:0.00} {parsed,14}");
        }
    }

    private static double Time(Func<SyntaxTree> parse)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        parse();
        return watch.Elapsed.TotalMilliseconds;
    }
}
