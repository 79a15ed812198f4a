using BenchmarkDotNet.Attributes;
using Theory.Bibliography;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Each phase at 1k, 10k and 100k CMOCs. `Check` is every analysis (names, structure, cycles,
/// contradictions, opposing paths, chains, evidence) on an already bound compilation, so its
/// growth from 10k to 100k shows whether the cycle and path analyses stay linear.
/// </summary>
[MemoryDiagnoser]
public class CompilerBenchmarks
{
    private SourceText _text = null!;
    private BibliographyFile _bibliography = null!;
    private SyntaxTree _tree = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Cmocs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (theory, bib) = CorpusGenerator.Generate(Cmocs);
        _text = SourceText.From(theory, "generated.theory");
        _bibliography = BibliographyFile.Parse(SourceText.From(bib, "references.bib"));
        _tree = SyntaxTree.Parse(_text);
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_text);

    [Benchmark]
    public Compilation Bind() => Compilation.Create([_tree], [_bibliography]);

    [Benchmark]
    public int BindAndCheck() => Compilation.Create([_tree], [_bibliography]).GetDiagnostics().Length;
}
