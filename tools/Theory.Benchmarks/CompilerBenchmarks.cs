using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Theory.Bibliography;
using Theory.Emit;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Each phase at 1k, 10k and 100k CMOCs of a generated project (<see cref="CorpusGenerator"/>).
/// Every phase starts from the previous phase's result, made once in setup, so each figure is that
/// phase alone. `Check` runs every analysis (names, structure, cycles, contradictions, opposing
/// paths, chains, evidence) on a bound compilation: its growth from 10k to 100k shows whether the
/// cycle, contradiction and path analyses stay linear.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CliGcConfig))]
public class CompilerBenchmarks
{
    private List<SourceText> _texts = [];
    private BibliographyFile _bibliography = null!;
    private List<SyntaxTree> _trees = [];
    private Compilation _checked = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Cmocs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = CorpusGenerator.Generate(Cmocs);
        _texts = [.. files.Where(f => f.Path.EndsWith(".theory", StringComparison.Ordinal)).Select(f => SourceText.From(f.Text, f.Path))];
        _bibliography = BibliographyFile.Parse(SourceText.From(files.Single(f => f.Path == "references.bib").Text, "references.bib"));
        _trees = [.. _texts.Select(SyntaxTree.Parse)];
        _checked = Compilation.Create(_trees, [_bibliography]);
        _ = _checked.GetDiagnostics();
    }

    [Benchmark]
    public int Lex() => _texts.Sum(t => LexedText.Lex(t).Tokens.Count);

    [Benchmark]
    public int Parse() => _texts.Sum(t => SyntaxTree.Parse(t).Root.FullSpan.Length);

    [Benchmark]
    public CausalWeb Bind() => Compilation.Create(_trees, [_bibliography]).Web;

    /// <summary>Bind and check: the analyses need a fresh compilation, since diagnostics are cached.</summary>
    [Benchmark]
    public int BindAndCheck() => Compilation.Create(_trees, [_bibliography]).GetDiagnostics().Length;

    /// <summary>All six artefacts, written as `theory build` writes them (the C# and JSON models streamed).</summary>
    [Benchmark]
    public long Emit()
    {
        using var counter = new CountingStream();
        foreach (var source in ArtifactEmitter.EmitAll(_checked))
            source.WriteTo(counter);
        return counter.Length;
    }
}

/// <summary>
/// The garbage collector the `theory` tool runs with (src/Theory.Cli/Theory.Cli.csproj): server,
/// non-concurrent, DATAS off. Three warm-ups and three measured iterations keep the 100k runs to
/// minutes; pass `--job default` for tighter error bars.
/// </summary>
public sealed class CliGcConfig : ManualConfig
{
    public CliGcConfig() =>
        AddJob(Job.ShortRun
            .WithGcServer(true)
            .WithGcConcurrent(false)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCDynamicAdaptationMode", "0")));
}

/// <summary>A sink that only counts bytes, so the benchmark measures emitting, not the disk.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _length += count;

    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
