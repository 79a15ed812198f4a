using System.Diagnostics;
using Theory.Bibliography;
using Theory.Emit;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>Times each phase once on a project folder: a quick look at where time goes, not a benchmark.</summary>
public static class PhaseTimer
{
    public static void Run(string directory)
    {
        var texts = CorpusFiles.Read(directory);
        var bib = BibliographyFile.Parse(SourceText.From(File.ReadAllText(Path.Combine(directory, "references.bib")), "references.bib"));
        var characters = texts.Sum(t => (long)t.Length);

        // The lexer alone first (its start-up included, as in a real run): the yardstick the
        // rest of the compiler is measured against.
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
            _ = Syntax.Parsing.LexedText.Lex(text);
        Report("lex", watch, $"{characters / 1e6 / watch.Elapsed.TotalSeconds:0.0} MB/s");
        var trees = texts.Select(SyntaxTree.Parse).ToList();
        Report("parse", watch, $"{characters / 1e6 / watch.Elapsed.TotalSeconds:0.0} MB/s");
        var compilation = Compilation.Create(trees, [bib]);
        _ = compilation.Web;
        Report("bind", watch, "");
        var diagnostics = compilation.GetDiagnostics();
        Report("check", watch, $"{diagnostics.Length} diagnostics, {diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)} errors");
        Measure("web.dot", () => Emit.Dot.DotEmitter.Emit(compilation, Emit.Dot.DotView.Web));
        Measure("chains.dot", () => Emit.Dot.DotEmitter.Emit(compilation, Emit.Dot.DotView.Chains));
        Measure("C#", () => Emit.CSharp.CSharpModelEmitter.Emit(compilation));
        Measure("JSON", () => Emit.Json.JsonModelEmitter.Emit(compilation));
        Measure("Mermaid", () => Emit.Mermaid.MermaidEmitter.Emit(compilation));
        Measure("CSV", () => Emit.Csv.CsvEmitter.Emit(compilation));
        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Take(10))
            Console.WriteLine($"  {group.Key} x{group.Count()}: {group.First()}");
    }

    private static void Measure(string artifact, Func<string> emit)
    {
        var watch = Stopwatch.StartNew();
        var text = emit();
        Report("emit", watch, $"{artifact}: {text.Length / 1e6:0.0} MB");
    }

    private static void Report(string phase, Stopwatch watch, string detail)
    {
        Console.WriteLine($"{phase,-6} {watch.ElapsedMilliseconds,7} ms  heap {GC.GetTotalMemory(false) / 1e6,6:0} MB  "
            + $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms  {detail}");
        watch.Restart();
    }
}
