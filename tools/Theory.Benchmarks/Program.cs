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

BenchmarkSwitcher.FromAssembly(typeof(CompilerBenchmarks).Assembly).Run(args);
return 0;
