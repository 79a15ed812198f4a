using System.Diagnostics;
using Theory.Analysis;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Benchmarks;

/// <summary>
/// Times each check alone, one after another, on a bound project: the checks run at the same
/// time in a real run, so the phase takes as long as the costliest (or the sum over the cores),
/// and this says which that is.
/// </summary>
public static class CheckTimer
{
    public static void Run(string directory)
    {
        var texts = CorpusFiles.Read(directory);
        var bibliographies = CorpusFiles.Bibliographies(directory);
        var trees = texts.Select(SyntaxTree.Parse).ToList();
        var options = CompilationOptions.Default;
        var binding = new BoundTheory(trees, bibliographies, options).Binding;
        // Each check twice: the first run pays for compiling it, the second is the one to read.
        foreach (var pass in new[] { "first", "second" })
        {
            var total = 0.0;
            foreach (var check in CheckRunner.All)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                var findings = CheckRunner.Run(binding, options, [check]);
                total += watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"{pass,-6} {check.Method.DeclaringType!.Name,-24} {watch.Elapsed.TotalMilliseconds,8:0} ms  {findings.Length,7} findings");
            }

            Console.WriteLine($"{pass,-6} {"all, one after another",-24} {total,8:0} ms");
        }
    }
}
