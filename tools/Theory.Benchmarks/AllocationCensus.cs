using System.Diagnostics.Tracing;
using Theory.Bibliography;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Which types a phase allocates, from the runtime's allocation samples (one event per ~100 KB
/// allocated, naming the type that crossed the mark): a statistical census, good to a few percent
/// for types that allocate megabytes. `allocations DIR lex|parse|bind|check` (lex alone, or parse, bind or check after the phases before it).
/// </summary>
public static class AllocationCensus
{
    public static void Run(string directory, string phase)
    {
        var texts = CorpusFiles.Read(directory);
        var bibliographies = Directory.EnumerateFiles(directory, "*.bib").Order(StringComparer.Ordinal)
            .Select(f => BibliographyFile.Parse(SourceText.From(File.ReadAllText(f), f))).ToList();
        List<SyntaxTree>? trees = null;
        Compilation? compilation = null;
        void Lex() => texts.ForEach(t => Syntax.Parsing.LexedText.Lex(t));
        void Parse() => trees = texts.Select(SyntaxTree.Parse).ToList();
        void Bind() => _ = (compilation = Compilation.Create(trees!, bibliographies)).Web;
        void Check() => compilation!.GetDiagnostics();

        var steps = new List<(string Name, Action Step)> { ("lex", Lex), ("parse", Parse), ("bind", Bind), ("check", Check) };
        using var listener = new Listener();
        foreach (var (name, step) in steps)
        {
            if (name == "lex" && phase != "lex")
                continue;
            listener.Recording = name == phase;
            step();
            if (name == phase)
                break;
        }

        listener.Recording = false;
        var total = listener.Bytes.Values.Sum();
        Console.WriteLine($"{phase}: about {total / 1e6:N0} MB allocated");
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(30))
            Console.WriteLine($"{bytes / 1e6,9:N1} MB  {100.0 * bytes / total,5:0.0}%  {type}");
    }

    private sealed class Listener : EventListener
    {
        private readonly object _gate = new();

        public volatile bool Recording;

        public Dictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (!Recording || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null)
                return;
            var type = data.Payload[data.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(data.Payload[data.PayloadNames!.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (_gate)
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
        }
    }
}
