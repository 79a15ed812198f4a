using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Shapes that make the checks work hardest rather than realistic theories: a dense tangle of
/// constructs that all reach each other (every construct feeds the next ten round a ring, so the
/// web holds astronomically many elementary cycles and none is declared). The cycle check lists a
/// bounded number and counts the rest; the target (docs/performance.md) is under a second for
/// 1,000 constructs, parse and bind included.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CliGcConfig))]
public class TangleBenchmarks
{
    private SyntaxTree _tree = null!;

    [Params(100, 1_000)]
    public int Constructs { get; set; }

    /// <summary>One construct in seven lowers its successors, which adds thousands of opposing paths (TH2303).</summary>
    [Params(false, true)]
    public bool Mixed { get; set; }

    [GlobalSetup]
    public void Setup() => _tree = SyntaxTree.Parse(SourceText.From(Tangle(Constructs, Mixed), "tangle.theory"));

    [Benchmark]
    public int CheckTangle() => Compilation.Create([_tree]).GetDiagnostics().Length;

    /// <summary>Each of <paramref name="count"/> constructs raises the next ten round a ring; with <paramref name="mixed"/>, one in seven lowers them.</summary>
    public static string Tangle(int count, bool mixed)
    {
        var text = new StringBuilder("theory Tangle {}\n");
        for (var i = 0; i < count; i++)
            text.Append(CultureInfo.InvariantCulture, $"construct c{i}\n");
        for (var i = 0; i < count; i++)
            for (var step = 1; step <= 10; step++)
                text.Append(CultureInfo.InvariantCulture, $"link L{i}_{step}: high c{i} -> {(mixed && i % 7 == 3 ? "decreased" : "increased")} c{(i + step) % count}\n");
        return text.ToString();
    }
}
