using System.Text;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The CMOCs as DOT records (ID and title over C | M | O), with an edge wherever one CMOC's outcome
/// is another's context: the chains a realist reader follows. Declared chains are drawn bold and named.
/// </summary>
internal static class ChainsGraphEmitter
{
    /// <summary>Record fields wrap at this many characters, so long terms stay inside their cells.</summary>
    private const int FieldColumns = 36;

    public static string Emit(Compilation compilation, EmitOptions options)
    {
        var writer = new DotWriter();
        Write(compilation, options, writer);
        return writer.ToString();
    }

    public static void Write(Compilation compilation, EmitOptions options, DotWriter writer)
    {
        var diagram = options.Diagram ?? DiagramOptions.Default;
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation) + ".chains", TheoryNames.Title(compilation) + " — CMOC chains", diagram);
        // Records keep file order top to bottom within a column (ordering=out stops crossing
        // minimisation from shuffling them), and each chain reads left to right.
        writer.Statement("graph", ("ordering", "out"));
        if (compilation.Cmocs.Length > DotStyle.LargeDiagramNodes)
            DotStyle.ForSpeed(writer);
        writer.Statement("node", ("shape", "record"), ("style", "filled"), ("fillcolor", "\"#fafafa\""));

        var columns = diagram.WrapColumns > 0 ? Math.Max(diagram.WrapColumns * 2, 24) : FieldColumns;
        // Graphviz stacks a left-to-right column from the bottom up, in the order nodes are
        // written: written last first, the CMOCs read top to bottom in file order.
        var records = diagram.Direction == DiagramDirection.LeftToRight ? compilation.Cmocs.Reverse() : compilation.Cmocs.AsEnumerable();
        var label = new StringBuilder();
        foreach (var cmoc in records)
        {
            var refuted = cmoc.Status == ClaimStatus.Refuted;
            writer.Statement(DotText.Id(cmoc.Name),
                ("label", DotText.Chunked(RecordLabel(cmoc, columns, label))),
                ("style", refuted ? "\"filled,dashed\"" : ""),
                ("fontcolor", refuted ? "\"#9e9e9e\"" : ""),
                ("tooltip", DotText.Quote(cmoc.Name + (string.IsNullOrEmpty(cmoc.Description) ? "" : ": " + cmoc.Description))));
        }

        // A construct that one CMOC produces and another starts from is drawn once, as a small node
        // between them, however many CMOCs share it: labelling every CMOC-to-CMOC edge with it made
        // the 51-CMOC example a hairball of identical labels.
        writer.Line();
        var feeds = Feeds(compilation).ToList();
        var shared = feeds.SelectMany(f => f.Shared).Distinct().ToList();
        var sharedSet = shared.ToHashSet();
        foreach (var construct in compilation.Constructs.Where(sharedSet.Contains))
        {
            writer.Statement(DotText.Id("construct:" + construct.Name), ("id", DotText.Quote(DotStyle.NodeId(construct))),
                ("label", DotText.Wrapped(construct.DisplayName, diagram.WrapColumns > 0 ? diagram.WrapColumns : 24)),
                ("shape", "box"), ("style", "\"rounded,filled\""), ("fillcolor", "\"#e6ddf3\""));
        }

        // Each CMOC and each construct is a node numbered as the diagram orders its edges: the
        // CMOCs in file order, then the constructs in declaration order. Hops are pairs of numbers,
        // so a large theory's hundreds of thousands of them are neither named nor hashed as text
        // until they are written.
        var cmocNodes = new Dictionary<CmocSymbol, int>();
        foreach (var cmoc in compilation.Cmocs)
            cmocNodes.TryAdd(cmoc, cmocNodes.Count);
        var constructBase = compilation.Cmocs.Length;
        var constructIds = new string?[compilation.Constructs.Length];
        string NodeId(int node) => node < constructBase
            ? compilation.Cmocs[node].Name
            : constructIds[node - constructBase] ??= "construct:" + compilation.Constructs[node - constructBase].Name;

        var declared = DeclaredSteps(compilation);
        var chainsOn = new Dictionary<(int, int), List<string>>();
        foreach (var (from, to, constructs) in feeds)
        {
            declared.TryGetValue((from, to), out var chains);
            var (fromNode, toNode) = (cmocNodes[from], cmocNodes[to]);
            foreach (var construct in constructs)
            {
                var constructNode = constructBase + construct.Index;
                foreach (var hop in new[] { (fromNode, constructNode), (constructNode, toNode) })
                {
                    if (!chainsOn.TryGetValue(hop, out var names))
                        chainsOn[hop] = names = [];
                    foreach (var chain in chains ?? [])
                    {
                        if (!names.Contains(chain))
                            names.Add(chain);
                    }
                }
            }

            declared.Remove((from, to));
        }

        var hops = chainsOn.Keys.ToArray();
        Array.Sort(hops);
        foreach (var hop in hops)
        {
            var names = chainsOn[hop];
            writer.Statement(DotText.Id(NodeId(hop.Item1)) + " -> " + DotText.Id(NodeId(hop.Item2)),
                ("label", names.Count == 0 ? "" : DotText.Quote(string.Join(", ", names))),
                ("penwidth", names.Count == 0 ? "" : "2.5"));
        }

        // A declared step whose CMOCs share no construct is a broken chain (TH2401); draw it so it shows.
        foreach (var step in declared.OrderBy(p => p.Key.Item1.Name, StringComparer.Ordinal).ThenBy(p => p.Key.Item2.Name, StringComparer.Ordinal))
        {
            var ((from, to), chains) = (step.Key, step.Value);
            writer.Statement(DotText.Id(from.Name) + " -> " + DotText.Id(to.Name),
                ("label", DotText.Quote("broken: " + string.Join(", ", chains))), ("style", "dashed"), ("color", "\"#b2182b\""), ("penwidth", "2.5"));
        }

        writer.Close();
    }

    /// <summary>
    /// The record: the title centred over the C, M and O fields, each line of them left-aligned.
    /// Made in one builder, kept between CMOCs: a large theory has a record per CMOC, and joining
    /// each field's lines as strings was most of this diagram's time.
    /// </summary>
    private static string RecordLabel(CmocSymbol cmoc, int columns, StringBuilder label)
    {
        label.Clear();
        AppendLines(label, cmoc.Name + (string.IsNullOrEmpty(cmoc.Label) ? "" : ": " + cmoc.Label), columns, CentredEnd);
        // A centred title has no break after its last line (WrapWords gives at least one line).
        label.Length -= CentredEnd.Length;
        label.Append("|{C").Append(LeftEnd);
        var empty = label.Length;
        foreach (var context in cmoc.Contexts)
            AppendLines(label, TermText(context), columns, LeftEnd);
        foreach (var condition in cmoc.Conditions)
            AppendLines(label, condition.ToString(), columns, LeftEnd);
        AppendNoneIfEmpty(label, empty, columns);
        label.Append("|M").Append(LeftEnd);
        empty = label.Length;
        if (cmoc.ResourceText is { } resource)
            AppendLines(label, "resource: " + resource, columns, LeftEnd);
        foreach (var mechanism in cmoc.Mechanisms)
            AppendLines(label, TermText(mechanism), columns, LeftEnd);
        AppendNoneIfEmpty(label, empty, columns);
        label.Append("|O").Append(LeftEnd);
        empty = label.Length;
        foreach (var outcome in cmoc.Outcomes)
            AppendLines(label, TermText(outcome), columns, LeftEnd);
        AppendNoneIfEmpty(label, empty, columns);
        return label.Append('}').ToString();
    }

    // Record line ends: `\n` centres the line before it, `\l` aligns it left.
    private const string CentredEnd = "\\n";
    private const string LeftEnd = "\\l";

    /// <summary>A field with no items says so.</summary>
    private static void AppendNoneIfEmpty(StringBuilder label, int empty, int columns)
    {
        if (label.Length == empty)
            AppendLines(label, "(none)", columns, LeftEnd);
    }

    /// <summary>An item wrapped at <paramref name="columns"/>, each line escaped for the record and ended with <paramref name="end"/>.</summary>
    private static void AppendLines(StringBuilder label, string item, int columns, string end)
    {
        foreach (var line in DotText.WrapWords(item, columns))
            label.Append(DotText.EscapeRecordField(line)).Append(end);
    }

    private static string TermText(Term term)
    {
        var qualifier = term.Qualifier.ToText();
        var name = term.Construct?.DisplayName ?? term.WrittenName;
        return qualifier.Length == 0 ? name : qualifier + " " + name;
    }

    /// <summary>Pairs (X, Y) where an outcome of X is a context of Y, in declaration order.</summary>
    internal static IEnumerable<(CmocSymbol From, CmocSymbol To, List<ConstructSymbol> Shared)> Feeds(Compilation compilation)
    {
        var byContext = new Dictionary<ConstructSymbol, List<CmocSymbol>>();
        foreach (var cmoc in compilation.Cmocs.Where(c => c.Status != ClaimStatus.Refuted))
        {
            foreach (var construct in cmoc.Contexts.Select(t => t.Construct).OfType<ConstructSymbol>().Distinct())
            {
                if (!byContext.TryGetValue(construct, out var list))
                    byContext[construct] = list = [];
                list.Add(cmoc);
            }
        }

        foreach (var from in compilation.Cmocs.Where(c => c.Status != ClaimStatus.Refuted))
        {
            var targets = new Dictionary<CmocSymbol, List<ConstructSymbol>>();
            var order = new List<CmocSymbol>();
            foreach (var outcome in from.Outcomes.Select(t => t.Construct).OfType<ConstructSymbol>().Distinct())
            {
                if (!byContext.TryGetValue(outcome, out var consumers))
                    continue;
                foreach (var to in consumers.Where(c => c != from))
                {
                    if (!targets.TryGetValue(to, out var shared))
                    {
                        targets[to] = shared = [];
                        order.Add(to);
                    }

                    shared.Add(outcome);
                }
            }

            foreach (var to in order)
                yield return (from, to, targets[to]);
        }
    }

    private static Dictionary<(CmocSymbol, CmocSymbol), List<string>> DeclaredSteps(Compilation compilation)
    {
        var steps = new Dictionary<(CmocSymbol, CmocSymbol), List<string>>();
        foreach (var chain in compilation.Chains)
        {
            for (var i = 0; i + 1 < chain.Steps.Length; i++)
            {
                if (chain.Steps[i] is not { } from || chain.Steps[i + 1] is not { } to)
                    continue;
                if (!steps.TryGetValue((from, to), out var names))
                    steps[(from, to)] = names = [];
                if (!names.Contains(chain.Name))
                    names.Add(chain.Name);
            }
        }

        return steps;
    }
}
