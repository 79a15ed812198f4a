using BenchmarkDotNet.Running;
using Theory.Benchmarks;

// `dotnet run -c Release --project tools/Theory.Benchmarks -- --filter '*'` runs everything;
// `... -- corpus 10000 out.theory` writes a generated theory (and out.bib) for the CLI.
if (args.Length == 3 && args[0] == "corpus" && int.TryParse(args[1], out var size))
{
    var (theory, bib) = CorpusGenerator.Generate(size);
    File.WriteAllText(args[2], theory);
    File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[2]))!, "references.bib"), bib);
    return 0;
}

// `... -- phases file.theory` times each phase once, in one process (a quick profile, not a benchmark).
if (args.Length == 2 && args[0] == "phases")
{
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var text = Theory.Text.SourceText.From(File.ReadAllText(args[1]), args[1]);
    Console.WriteLine($"read      {watch.ElapsedMilliseconds,6} ms");
    watch.Restart();
    var tree = Theory.Syntax.SyntaxTree.Parse(text);
    Console.WriteLine($"parse     {watch.ElapsedMilliseconds,6} ms  ({text.Length / 1e6 / watch.Elapsed.TotalSeconds:0.0} MB/s)  heap {GC.GetTotalMemory(false) / 1e6:0} MB");
    watch.Restart();
    var bib = Theory.Bibliography.BibliographyFile.Parse(Theory.Text.SourceText.From(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "references.bib")), "references.bib"));
    var compilation = Theory.Semantics.Compilation.Create([tree], [bib]);
    _ = compilation.Web;
    Console.WriteLine($"bind      {watch.ElapsedMilliseconds,6} ms  heap {GC.GetTotalMemory(false) / 1e6:0} MB");
    watch.Restart();
    var diagnostics = compilation.GetDiagnostics();
    Console.WriteLine($"check     {watch.ElapsedMilliseconds,6} ms  ({diagnostics.Length} diagnostics)  heap {GC.GetTotalMemory(false) / 1e6:0} MB");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CompilerBenchmarks).Assembly).Run(args);
return 0;
