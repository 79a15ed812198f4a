using System.Diagnostics;
using CsCheck;
using Theory.Emit;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Properties;

/// <summary>
/// Property tests (CsCheck): for random token soups and random mutations of real theories, the
/// whole pipeline — parse, bind, check, emit — returns without an exception, within a bound; the
/// tree round-trips the input exactly; and every diagnostic's span lies inside the text.
/// The default run is small (a few seconds); THEORY_PROPERTY_ITERATIONS=100000 runs a long one.
/// </summary>
public class PipelineProperties
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("THEORY_PROPERTY_ITERATIONS"), out var n) ? n : 300;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    // Pieces of the language and of what people paste into it, so the soup exercises real paths.
    private static readonly string[] Fragments =
    [
        "theory", "T", "{", "}", "construct", "cmoc", "C1", "link", "feedback", "loop", "chain", "mrt", "theme", "measure",
        "typology", "stages", "early", "<", "import", "\"a.theory\"", "context", "mechanism", "outcome", "evidence", "@key",
        "at", "\"p. 1\"", "high", "low", "increased", "decreased", "changed", "present", "=>", "->", ":", ",", ".", "when",
        "unless", "for", "stage", "status", "refuted", "polarity", "reinforcing", "kind", "cognitive", "aliases", "\"x\"",
        "trust", "faith", "a_b", "9", "0.5", " ", "  ", "\n", "\r\n", "\r", "\t", "// c\n", "/* c */", "/*", "\"unterminated",
        "\"esc \\q\"", "\"\\u00e9\"", "\u00e9", "\u202E", "\0", "#", "$", "%", "😀", "\uFEFF", "\"*/ #if\"", "intermediate", "final",
        // The language's later words: default evidence, any of, factor roles, thresholds, maintained,
        // numbered CMOC IDs, a type as a context, a moderator's block.
        "default", "any", "all", "of", "threshold", "maintained", "necessary", "contributory", "hypothesised", "moderated",
        "by", "dampens", "P4-20", "CF1.2", "4.3a", "12", "4.3", "Kind.merger", "quote", "-", "1-",
    ];

    private static readonly Gen<string> Soup =
        Gen.OneOf(Fragments).Array[0, 120].Select(parts => string.Join(" ", parts));

    [Fact]
    public void Random_token_soups_never_break_the_pipeline() =>
        Soup.Sample(CheckEverything, iter: Iterations);

    [Fact]
    public void Random_mutations_of_the_examples_never_break_the_pipeline()
    {
        var files = TestPaths.AllTheoryFiles().Where(p => p.Contains("examples", StringComparison.Ordinal)).Select(File.ReadAllText).ToArray();
        var mutated =
            from file in Gen.OneOf(files)
            from start in Gen.Double[0, 1]
            from length in Gen.Int[0, 200]
            from insert in Gen.OneOf(Fragments).Array[0, 5]
            from operation in Gen.Int[0, 2]
            select Mutate(file, (int)(start * file.Length), length, string.Concat(insert), operation);
        mutated.Sample(CheckEverything, iter: Math.Max(1, Iterations / 3));
    }

    private static string Mutate(string text, int start, int length, string insert, int operation)
    {
        start = Math.Min(start, text.Length);
        length = Math.Min(length, text.Length - start);
        return operation switch
        {
            0 => text.Remove(start, length),
            1 => text.Insert(start, insert),
            _ => text.Insert(start, text.Substring(start, length)), // duplicate a span
        };
    }

    private static void CheckEverything(string input)
    {
        var watch = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(SourceText.From(input, "fuzz.theory"));
        Assert.Equal(input, tree.Root.ToFullString());

        var compilation = Compilation.Create([tree]);
        foreach (var diagnostic in tree.Diagnostics.Concat(compilation.GetDiagnostics()))
        {
            var span = diagnostic.Location.Span;
            Assert.True(span.Start >= 0 && span.End <= input.Length, $"{diagnostic.Id} at {span} outside a text of length {input.Length}");
        }

        foreach (var artifact in ArtifactEmitter.EmitAll(compilation))
            Assert.False(string.IsNullOrEmpty(artifact.GetText()));
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed.TotalSeconds:0.0} s on an input of {input.Length} characters");
    }
}
