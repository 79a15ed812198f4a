using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Dot;

/// <summary>
/// The CMOCs as DOT records (ID and title over C | M | O), with an edge wherever one CMOC's outcome
/// is another's context: the chains a realist reader follows. Declared chains are drawn bold and named.
/// </summary>
internal static class ChainsGraphEmitter
{
    public static string Emit(Compilation compilation, EmitOptions options)
    {
        var writer = new DotWriter();
        DotStyle.Header(writer, compilation, TheoryNames.Of(compilation) + ".chains", TheoryNames.Title(compilation) + " — CMOC chains");
        writer.Statement("node", ("shape", "record"), ("style", "filled"), ("fillcolor", "\"#fafafa\""));

        foreach (var cmoc in compilation.Cmocs)
        {
            var refuted = cmoc.Status == ClaimStatus.Refuted;
            writer.Statement(DotText.Id(cmoc.Name),
                ("label", DotText.Chunked(RecordLabel(cmoc))),
                ("style", refuted ? "\"filled,dashed\"" : ""),
                ("fontcolor", refuted ? "\"#9e9e9e\"" : ""),
                ("tooltip", DotText.Quote(cmoc.Name + (string.IsNullOrEmpty(cmoc.Description) ? "" : ": " + cmoc.Description))));
        }

        writer.Line();
        var declared = DeclaredSteps(compilation);
        foreach (var (from, to, shared) in Feeds(compilation))
        {
            declared.TryGetValue((from, to), out var chains);
            writer.Statement(DotText.Id(from.Name) + " -> " + DotText.Id(to.Name),
                ("label", DotText.Quote(string.Join(", ", shared.Select(c => c.DisplayName))
                    + (chains is null ? "" : " [" + string.Join(", ", chains) + "]"))),
                ("penwidth", chains is null ? "" : "2.5"));
            declared.Remove((from, to));
        }

        // A declared step whose CMOCs share no construct is a broken chain (TH2401); draw it so it shows.
        foreach (var step in declared.OrderBy(p => p.Key.Item1.Name, StringComparer.Ordinal).ThenBy(p => p.Key.Item2.Name, StringComparer.Ordinal))
        {
            var ((from, to), chains) = (step.Key, step.Value);
            writer.Statement(DotText.Id(from.Name) + " -> " + DotText.Id(to.Name),
                ("label", DotText.Quote("broken: " + string.Join(", ", chains))), ("style", "dashed"), ("color", "\"#b2182b\""), ("penwidth", "2.5"));
        }

        writer.Close();
        return writer.ToString();
    }

    private static string RecordLabel(CmocSymbol cmoc)
    {
        var title = cmoc.Name + (string.IsNullOrEmpty(cmoc.Label) ? "" : ": " + cmoc.Label);
        var mechanisms = cmoc.Mechanisms.Select(TermText).ToList();
        if (cmoc.ResourceText is { } resource)
            mechanisms.Insert(0, "resource: " + resource);
        return DotText.EscapeRecordField(title) + "|{"
            + Field("C", cmoc.Contexts.Select(TermText).Concat(cmoc.Conditions.Select(c => c.ToString()))) + "|"
            + Field("M", mechanisms) + "|"
            + Field("O", cmoc.Outcomes.Select(TermText)) + "}";
    }

    private static string Field(string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
            items.Add("(none)");
        return DotText.EscapeRecordField(heading) + "\\l" + string.Concat(items.Select(i => DotText.EscapeRecordField(i) + "\\l"));
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
