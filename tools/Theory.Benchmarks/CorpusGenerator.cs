using System.Globalization;
using System.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Writes a realistic theory project of any size, shaped like the bundled examples scaled up:
/// a main file with the header, stages and a typology that imports one file per middle-range
/// theory; constructs with kinds, labels and aliases (some referred to by alias); CMOCs in all three
/// forms, grouped under themes, that chain (outcomes become later contexts); conditions, scope,
/// stages, status and confidence; declared chains and feedback loops; evidence citing a generated
/// .bib. It checks clean apart from a few info diagnostics, as a maintained theory would: every
/// construct is used, every loop is declared, and signs never contradict.
/// Deterministic for a given size.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>CMOCs per middle-range theory file unless a caller asks for smaller files.</summary>
    public const int DefaultCmocsPerFile = 1_000;
    private const int CmocsPerTheme = 25;
    private const int LoopEvery = 200;
    private const int ChainEvery = 50;

    private static readonly string[] Kinds = ["cognitive", "behaviour", "resource", "structure", "state"];
    private static readonly string[] Types = ["merger", "acquisition", "alliance", "buddying"];

    /// <summary>The project's files: relative path and text (main.theory first, references.bib last).</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int cmocs, int cmocsPerFile = DefaultCmocsPerFile)
    {
        var plan = Plan.Make(cmocs, cmocsPerFile);
        var perFile = cmocsPerFile;
        var files = new List<(string, string)> { ("main.theory", WriteMain(plan)) };
        for (var file = 0; file * perFile < cmocs; file++)
            files.Add(($"mrt/mrt{file:D3}.theory", WriteModule(plan, file)));
        files.Add(("references.bib", WriteBibliography(plan.Sources)));
        return files;
    }

    /// <summary>Writes the project under <paramref name="directory"/>; returns the number of bytes of theory text.</summary>
    public static long Write(int cmocs, string directory)
    {
        long bytes = 0;
        foreach (var (path, text) in Generate(cmocs))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            if (path.EndsWith(".theory", StringComparison.Ordinal))
                bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private static string WriteMain(Plan plan)
    {
        var perFile = plan.CmocsPerFile;
        var text = new StringBuilder();
        text.Append("// A generated theory for benchmarks: see tools/Theory.Benchmarks/CorpusGenerator.cs.\n");
        text.Append("theory Generated \"Generated programme theory\" {\n  bibliography \"references.bib\"\n}\n\n");
        for (var file = 0; file * perFile < plan.Cmocs.Length; file++)
            text.Append(CultureInfo.InvariantCulture, $"import \"mrt/mrt{file:D3}.theory\"\n");
        text.Append("\nstages early < middle < late\n\n");
        text.Append("typology CollaborationType \"Type of collaboration\" {\n");
        foreach (var type in Types)
            text.Append(CultureInfo.InvariantCulture, $"  {type} \"{char.ToUpperInvariant(type[0])}{type[1..]}\"\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static string WriteModule(Plan plan, int file)
    {
        var perFile = plan.CmocsPerFile;
        var text = new StringBuilder();
        var first = file * perFile;
        var last = Math.Min(plan.Cmocs.Length, first + perFile);
        text.Append(CultureInfo.InvariantCulture, $"// Middle-range theory {file}: CMOCs {first} to {last - 1}.\n\n");

        // Constructs are declared in the file of the first CMOC that uses them.
        foreach (var construct in plan.DeclaredIn[file])
        {
            var kind = Kinds[construct % Kinds.Length];
            text.Append(CultureInfo.InvariantCulture, $"construct {plan.NameOf(construct)} \"Factor {construct}\" {{\n");
            text.Append(CultureInfo.InvariantCulture, $"  kind {kind}\n  aliases \"also {construct}\", \"{plan.NameOf(construct)} level\"\n");
            if (construct % 9 == 0)
                text.Append(CultureInfo.InvariantCulture, $"  description \"What participants described as factor {construct}.\"\n");
            text.Append("}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nmrt m{file} \"Middle-range theory {file}\" {{\n");
        text.Append(CultureInfo.InvariantCulture, $"  description \"Generated group of {last - first} CMOCs.\"\n");
        for (var i = first; i < last; i++)
        {
            if ((i - first) % CmocsPerTheme == 0)
            {
                if (i > first)
                    text.Append("  }\n");
                text.Append(CultureInfo.InvariantCulture, $"\n  theme t{i / CmocsPerTheme} \"Theme {i / CmocsPerTheme}\" {{\n");
            }

            WriteCmoc(text, plan, i);
        }

        text.Append("  }\n}\n");

        foreach (var (name, steps) in plan.Chains.Where(c => c.Steps[0] >= first && c.Steps[0] < last))
            text.Append(CultureInfo.InvariantCulture, $"\nchain {name} \"Chain {name}\": {string.Join(" -> ", steps.Select(s => "M" + s))}\n");
        foreach (var loop in plan.Loops.Where(l => l.Cmoc >= first && l.Cmoc < last))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nfeedback loop{loop.Cmoc} \"Loop at CMOC {loop.Cmoc}\" {{\n");
            text.Append(CultureInfo.InvariantCulture, $"  loop {string.Join(" -> ", new[] { loop.A, loop.B, loop.C, loop.D, loop.A }.Select(plan.NameOf))}\n");
            text.Append(CultureInfo.InvariantCulture, $"  polarity reinforcing\n  evidence @{plan.Sources[loop.Cmoc % plan.Sources.Length]}\n}}\n");
        }

        return text.ToString();
    }

    private static void WriteCmoc(StringBuilder text, Plan plan, int i)
    {
        var cmoc = plan.Cmocs[i];
        var contexts = string.Join(", ", cmoc.Contexts.Select(c => plan.Term(c, source: true, i)));
        var mechanism = plan.Term(cmoc.Mechanism, source: false, i);
        var outcomes = string.Join(", ", cmoc.Outcomes.Select(c => plan.Term(c, source: false, i)));
        var evidence = $"@{plan.Sources[cmoc.Source]} at \"p. {1 + i % 300}\", @{plan.Sources[(cmoc.Source * 7 + 3) % plan.Sources.Length]}";
        var stage = (i * 3L / plan.Cmocs.Length) switch { 0 => "early", 1 => "middle", _ => "late" };
        switch (i % 4)
        {
            case 0: // block form, with the clauses researchers use most
                text.Append(CultureInfo.InvariantCulture, $"    cmoc M{i} \"How factor {cmoc.Mechanism} comes about\" {{\n");
                text.Append(CultureInfo.InvariantCulture, $"      context    {contexts}\n      mechanism  {mechanism}\n      outcome    {outcomes}\n");
                if (i % 12 == 0)
                    text.Append(CultureInfo.InvariantCulture, $"      for        CollaborationType.{Types[i % Types.Length]}\n");
                text.Append(CultureInfo.InvariantCulture, $"      stage      {stage}\n      evidence   {evidence}\n");
                text.Append(CultureInfo.InvariantCulture, $"      status     {(i % 8 == 0 ? "refined" : "gleaned")}\n      confidence 0.{5 + i % 5}\n    }}\n");
                break;
            case 1: // `if C then O because M`
                text.Append(CultureInfo.InvariantCulture, $"    cmoc M{i}: if {contexts} then {outcomes} because {mechanism}\n");
                text.Append(CultureInfo.InvariantCulture, $"      evidence {evidence}\n      stage {stage}\n");
                break;
            default: // one line `C => M -> O`, sometimes conditional
                text.Append(CultureInfo.InvariantCulture, $"    cmoc M{i}: {contexts} => {mechanism} -> {outcomes}\n");
                text.Append(CultureInfo.InvariantCulture, $"      evidence {evidence}\n");
                if (i % 6 == 2)
                    text.Append(CultureInfo.InvariantCulture, $"      when {plan.Term(cmoc.Contexts[0], source: true, i)}\n");
                break;
        }
    }

    private static string WriteBibliography(string[] sources)
    {
        var bib = new StringBuilder("% Generated sources for the benchmark corpus.\n");
        for (var i = 0; i < sources.Length; i++)
        {
            bib.Append(CultureInfo.InvariantCulture, $"@article{{{sources[i]},\n  author  = {{Author{i}, A. and Other{i % 97}, B.}},\n");
            bib.Append(CultureInfo.InvariantCulture, $"  title   = {{A realist evaluation of programme {i}}},\n  journal = {{Journal of Evaluation {i % 13}}},\n  year    = {{{2000 + i % 25}}}\n}}\n");
        }

        return bib.ToString();
    }

    private sealed record Cmoc(int[] Contexts, int Mechanism, int[] Outcomes, int Source);

    /// <summary>
    /// The shape of the theory before any text is written. Constructs sit on a line; ordinary
    /// claims only point forward along it, so the web is acyclic except for the declared loops,
    /// which are two constructs that feed each other. Each construct has a polarity and every term
    /// is qualified with it, so an edge's sign is the product of its ends' polarities: every path
    /// between two constructs has the same sign, and no claim contradicts another.
    /// </summary>
    private sealed class Plan
    {
        public Cmoc[] Cmocs = [];
        public string[] Sources = [];
        public List<int>[] DeclaredIn = [];
        public List<(string Name, int[] Steps)> Chains = [];
        public List<(int Cmoc, int A, int B, int C, int D)> Loops = [];
        private int[] _polarity = [];

        public int CmocsPerFile { get; private init; } = DefaultCmocsPerFile;

        public static Plan Make(int count, int cmocsPerFile)
        {
            var perFile = cmocsPerFile;
            var random = new Random(count);
            var plan = new Plan { CmocsPerFile = cmocsPerFile };
            var positions = count * 3 / 5 + 16;
            var loops = count / LoopEvery;
            var constructCount = positions + 4 * loops + 16;
            plan._polarity = [.. Enumerable.Range(0, constructCount).Select(c => c % 7 == 3 ? -1 : 1)];
            plan.Sources = [.. Enumerable.Range(0, Math.Max(5, count / 10)).Select(i => $"author{i}_{2000 + i % 25}")];

            plan.Cmocs = new Cmoc[count];
            for (var i = 0; i < count; i++)
            {
                var position = (int)((long)i * (positions - 12) / Math.Max(1, count));
                var mechanism = position + 1 + random.Next(3);
                int[] contexts = random.Next(4) == 0
                    ? [Math.Max(0, position - random.Next(12)), Math.Max(0, position - 1 - random.Next(12))]
                    : [Math.Max(0, position - random.Next(12))];
                int[] outcomes = random.Next(3) == 0
                    ? [mechanism + 1 + random.Next(4), mechanism + 5 + random.Next(4)]
                    : [mechanism + 1 + random.Next(6)];
                plan.Cmocs[i] = new Cmoc([.. contexts.Distinct()], mechanism, [.. outcomes.Distinct()], random.Next(plan.Sources.Length));
            }

            // Loops: A -> B -> C -> D -> A over two CMOCs (A => B -> C, C => D -> A). The web feeds
            // A at CMOC i, and C feeds the web at a later CMOC whose mechanism lies further along
            // the line than CMOC i's, so no path leads back and no other cycle forms.
            for (var k = 0; k < loops; k++)
            {
                var i = k * LoopEvery + LoopEvery / 2;
                var a = positions + 4 * k;
                plan.Loops.Add((i + 1, a, a + 1, a + 2, a + 3));
                var feeder = plan.Cmocs[i];
                plan.Cmocs[i] = feeder with { Outcomes = [.. feeder.Outcomes, a] };
                plan.Cmocs[i + 1] = plan.Cmocs[i + 1] with { Contexts = [a], Mechanism = a + 1, Outcomes = [a + 2] };
                plan.Cmocs[i + 2] = plan.Cmocs[i + 2] with { Contexts = [a + 2], Mechanism = a + 3, Outcomes = [a] };
                var j = i + 3;
                while (plan.Cmocs[j].Mechanism <= feeder.Mechanism + 1)
                    j++;
                plan.Cmocs[j] = plan.Cmocs[j] with { Contexts = [.. plan.Cmocs[j].Contexts, a + 2] };
            }

            // No two CMOCs make the same claim (TH2302): a repeat gets a further outcome.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var cmoc = plan.Cmocs[i];
                while (!seen.Add($"{string.Join(",", cmoc.Contexts)}|{cmoc.Mechanism}|{string.Join(",", cmoc.Outcomes)}"))
                    cmoc = cmoc with { Outcomes = [.. cmoc.Outcomes, cmoc.Outcomes.Max() + 1] };
                plan.Cmocs[i] = cmoc;
            }

            // Every construct is declared once, in the file of the first CMOC that uses it; the
            // few the random walk skipped become an extra outcome of a CMOC just before them.
            var firstUse = Enumerable.Repeat(-1, constructCount).ToArray();
            for (var i = 0; i < count; i++)
                foreach (var c in plan.Cmocs[i].Contexts.Append(plan.Cmocs[i].Mechanism).Concat(plan.Cmocs[i].Outcomes))
                    if (firstUse[c] < 0)
                        firstUse[c] = i;
            for (var c = 1; c < positions; c++)
            {
                if (firstUse[c] >= 0)
                    continue;
                var i = (int)Math.Clamp((long)c * count / (positions - 12), 0, count - 1);
                while (i > 0 && (plan.Cmocs[i].Mechanism >= c || plan.Cmocs[i].Mechanism >= positions))
                    i--; // before the construct on the line, and never one of a loop's own CMOCs
                plan.Cmocs[i] = plan.Cmocs[i] with { Outcomes = [.. plan.Cmocs[i].Outcomes, c] };
                firstUse[c] = i;
            }

            plan.DeclaredIn = [.. Enumerable.Range(0, (count + perFile - 1) / perFile).Select(_ => new List<int>())];
            for (var c = 0; c < constructCount; c++)
                if (firstUse[c] >= 0)
                    plan.DeclaredIn[firstUse[c] / perFile].Add(c);

            // Chains: from every 50th CMOC, follow outcomes into the next CMOC that takes one as context.
            for (var start = 0; start < count; start += ChainEvery)
            {
                var steps = new List<int> { start };
                while (steps.Count < 3 && Next(plan.Cmocs, steps[^1]) is { } next)
                    steps.Add(next);
                if (steps.Count > 1)
                    plan.Chains.Add(($"chain{start}", [.. steps]));
            }

            return plan;
        }

        private static int? Next(Cmoc[] cmocs, int from)
        {
            for (var j = from + 1; j < Math.Min(cmocs.Length, from + 80); j++)
                if (cmocs[j].Contexts.Intersect(cmocs[from].Outcomes).Any())
                    return j;
            return null;
        }

        public string NameOf(int construct) => $"factor_{construct}";

        /// <summary>A qualified term: levels for sources, directions for targets, one tenth written by alias.</summary>
        public string Term(int construct, bool source, int cmoc)
        {
            var positive = _polarity[construct] > 0;
            var qualifier = source ? (positive ? "high" : "low") : (positive ? "increased" : "decreased");
            var name = (construct + cmoc) % 10 == 0 ? $"also_{construct}" : NameOf(construct);
            return $"{qualifier} {name}";
        }
    }
}
