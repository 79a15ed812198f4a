using BenchmarkDotNet.Running;
using Theory.Benchmarks;

// `dotnet run -c Release --project tools/Theory.Benchmarks -- --filter '*'` runs the BenchmarkDotNet suite;
// `... -- corpus 10000 DIR` writes a generated theory project (main.theory, mrt/*.theory, references.bib);
// `... -- phases DIR` times each phase once on a project, in one process (a quick profile, not a benchmark);
// `... -- checks DIR` times each check alone on a bound project (which check the check phase waits for);
// `... -- emit DIR` times each output of `theory build` alone on a checked project (which one writing waits for);
// `... -- treesize DIR` counts what a project's syntax trees are made of and the memory they hold;
// `... -- allocations DIR lex|parse|bind|check` lists the types a phase allocates most (sampled by the runtime);
// `... -- reparse FILE [RUNS]` times a fresh parse of an edited file against re-parsing it from the tree before the edit;
// `... -- tangle 1000 [mixed]` times parse, bind and check of a dense tangle of that many constructs, once;
// `... -- argdown DIR OUT.argdown` writes a project's causal web as Argdown (for tools/compare-argdown.sh).
if (args.Length == 3 && args[0] == "corpus" && int.TryParse(args[1], out var size))
{
    var bytes = CorpusGenerator.Write(size, args[2]);
    Console.WriteLine($"{size} CMOCs: {bytes / 1e6:0.0} MB of theory text in {args[2]}");
    return 0;
}

if (args.Length == 3 && args[0] == "argdown")
{
    var (statements, relations) = ArgdownWriter.Write(args[1], args[2]);
    Console.WriteLine($"{statements} statements, {relations} relations in {args[2]}");
    return 0;
}

if (args.Length == 2 && args[0] == "phases")
{
    PhaseTimer.Run(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "checks")
{
    CheckTimer.Run(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "emit")
{
    EmitTimer.Run(args[1]);
    return 0;
}

if (args.Length == 3 && args[0] == "allocations")
{
    AllocationCensus.Run(args[1], args[2]);
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "reparse")
{
    ReparseTimer.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return 0;
}

if (args.Length == 2 && args[0] == "treesize")
{
    TreeCensus.Run(args[1]);
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "tangle" && int.TryParse(args[1], out var constructs))
{
    var text = Theory.Text.SourceText.From(TangleBenchmarks.Tangle(constructs, mixed: args.Length == 3 && args[2] == "mixed"), "tangle.theory");
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var diagnostics = Theory.Semantics.Compilation.Create([Theory.Syntax.SyntaxTree.Parse(text)]).GetDiagnostics();
    Console.WriteLine($"{constructs} constructs, {constructs * 10} edges: {diagnostics.Length} diagnostics in {clock.Elapsed.TotalMilliseconds:0} ms (first run, JIT included)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CompilerBenchmarks).Assembly).Run(args);
return 0;
