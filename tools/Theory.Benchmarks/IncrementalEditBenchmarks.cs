using BenchmarkDotNet.Attributes;
using Theory.Projects;

namespace Theory.Benchmarks;

/// <summary>
/// What an editor waits for after a keystroke: a one-line edit in one file of a generated project
/// (<see cref="CorpusGenerator"/>), then fresh diagnostics for the whole project, against loading
/// the project from scratch. The edit reuses every other file's syntax tree and the bibliography;
/// it re-parses the edited file and re-binds and re-checks the theory. The language server needs
/// the edit well under 100 ms at 1k CMOCs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CliGcConfig))]
public class IncrementalEditBenchmarks
{
    private const string Root = "/corpus";
    private InMemoryFileProvider _files = null!;
    private TheoryWorkspace _loaded = null!;
    private string _edited = "";
    private string[] _versions = [];
    private int _next;

    [Params(1_000, 10_000)]
    public int Cmocs { get; set; }

    /// <summary>The generated corpus's own layout (1,000 per file) and one closer to a team's (100 per file).</summary>
    [Params(1_000, 100)]
    public int CmocsPerFile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = CorpusGenerator.Generate(Cmocs, CmocsPerFile);
        _files = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create($"{Root}/{f.Path}", f.Text)));
        _loaded = Load();
        if (_loaded.GetDiagnostics().Length != 0)
            throw new InvalidOperationException("the generated corpus should check clean");

        // Two versions of one middle-range theory file that differ in one line (a CMOC's label), so
        // each edit is a real change and both versions check alike.
        var (path, text) = files.First(f => f.Path.StartsWith("mrt/", StringComparison.Ordinal));
        _edited = $"{Root}/{path}";
        var line = text.IndexOf("cmoc ", StringComparison.Ordinal);
        _versions = [text.Insert(line, "// edited\n"), text.Insert(line, "// edited again\n")];
    }

    private TheoryWorkspace Load() => TheoryWorkspace.Load(["."], new WorkspaceOptions { BaseDirectory = Root, FileProvider = _files });

    /// <summary>Loading, parsing, binding and checking the whole project.</summary>
    [Benchmark(Baseline = true)]
    public int FullLoad() => Load().GetDiagnostics().Length;

    /// <summary>One edit: a new snapshot of the loaded project and its diagnostics.</summary>
    [Benchmark]
    public int EditOneLine() => _loaded.WithDocumentText(_edited, _versions[_next++ & 1]).GetDiagnostics().Length;
}
