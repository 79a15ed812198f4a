using System.Diagnostics;
using Theory.Emit;
using Theory.Semantics;
using Theory.Spreadsheets;
using Theory.Syntax;

namespace Theory.Benchmarks;

/// <summary>
/// Times each output of `theory build` alone, one after another, on a checked project, written
/// to a stream that keeps nothing: the outputs are written at the same time in a real build, so
/// writing takes as long as the costliest (or the sum over the cores), and this says which that
/// is without the disk in the figure.
/// </summary>
public static class EmitTimer
{
    public static void Run(string directory)
    {
        var texts = CorpusFiles.Read(directory);
        var compilation = Compilation.Create(texts.Select(SyntaxTree.Parse), CorpusFiles.Bibliographies(directory));
        _ = compilation.GetDiagnostics();
        var outputs = ArtifactEmitter.EmitAll(compilation)
            .Select(a => (Name: a.FileName, Write: (Action<Stream>)a.WriteTo))
            .Append((CmocWorkbook.FileNameOf(compilation), stream => CmocWorkbook.Write(compilation, stream)))
            .ToList();
        // Each output twice: the first run pays for compiling it, the second is the one to read.
        foreach (var pass in new[] { "first", "second" })
        {
            var total = 0.0;
            foreach (var (name, write) in outputs)
            {
                GC.Collect();
                var counter = new CountingStream();
                var watch = Stopwatch.StartNew();
                write(counter);
                total += watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"{pass,-6} {name,-28} {watch.Elapsed.TotalMilliseconds,8:0} ms  {counter.Length / 1e6,8:0.0} MB");
            }

            Console.WriteLine($"{pass,-6} {"all, one after another",-28} {total,8:0} ms");
        }

        // Then all at once, as `theory build` writes them: the collector's share shows here.
        GC.Collect();
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var together = Stopwatch.StartNew();
        Parallel.For(0, outputs.Count, i => outputs[i].Write(new CountingStream()));
        Console.WriteLine($"{"together",-35} {together.Elapsed.TotalMilliseconds,8:0} ms  collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms");
    }

}
