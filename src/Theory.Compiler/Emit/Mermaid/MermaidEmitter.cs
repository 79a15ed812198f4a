using System.Globalization;
using System.Text;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.Mermaid;

/// <summary>
/// The causal web as a Mermaid flowchart, which GitHub renders inline in Markdown. Nodes get
/// generated ids (c0, c1, ...) so no construct name can collide with Mermaid's keywords.
/// </summary>
public static class MermaidEmitter
{
    /// <summary>Writes the flowchart; LF line ends, deterministic.</summary>
    public static string Emit(Compilation compilation, EmitOptions? options = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(compilation, text, options);
        return text.ToString();
    }

    /// <summary>As <see cref="Emit"/>, written to <paramref name="output"/> as it is made (`theory build` writes it to its file).</summary>
    internal static void WriteTo(Compilation compilation, TextWriter output, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        void Line(string text)
        {
            output.Write(text);
            output.Write('\n');
        }

        Line("---");
        Line("title: " + YamlQuote(TheoryNames.Title(compilation) + (compilation.HasErrors ? " — BUILT FROM AN INVALID THEORY" : "")));
        Line("---");
        Line("flowchart LR");
        if (compilation.HasErrors)
            Line("  %% Built from an invalid theory: the theory has errors, so this diagram describes an invalid theory.");

        var roles = ConstructRoles.Compute(compilation);
        var ids = new Dictionary<ConstructSymbol, string>();
        for (var i = 0; i < compilation.Constructs.Length; i++)
            ids[compilation.Constructs[i]] = "c" + i.ToString(CultureInfo.InvariantCulture);

        var groupIndex = compilation.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        // Constructs bucketed by group once: asking every group for its constructs was quadratic.
        var members = compilation.Constructs.Where(c => c.Group is not null).ToLookup(c => c.Group!);
        foreach (var group in compilation.Groups.Where(g => members.Contains(g)))
        {
            Line("  subgraph g" + groupIndex[group].ToString(CultureInfo.InvariantCulture) + "[" + Quote(group.DisplayName) + "]");
            foreach (var construct in members[group])
                Line("    " + Node(ids[construct], construct, roles[construct]));
            Line("  end");
        }

        foreach (var construct in compilation.Constructs.Where(c => c.Group is null))
            Line("  " + Node(ids[construct], construct, roles[construct]));

        var loops = LoopTags.For(compilation);
        var highlighted = new List<int>();
        var index = 0;
        foreach (var edge in compilation.Web.Edges)
        {
            var arrow = edge.IsConditional ? "-.->" : "-->";
            Line("  " + ids[edge.From] + " " + arrow + "|" + Quote(loops.LabelOf(edge)) + "| " + ids[edge.To]);
            if (loops.TagsOn(edge).Count > 0)
                highlighted.Add(index);
            index++;
        }

        // Links between groups connect the subgraphs themselves (drawn thick: index-based linkStyle below).
        foreach (var link in compilation.Links.Where(l => l.Status != ClaimStatus.Refuted && l.InvolvesGroups))
        {
            var from = link.SourceGroup is { } sourceGroup ? "g" + groupIndex[sourceGroup].ToString(CultureInfo.InvariantCulture)
                : link.Source?.Construct is { } source ? ids[source] : null;
            var targets = link.TargetGroups.OfType<GroupSymbol>().Select(g => "g" + groupIndex[g].ToString(CultureInfo.InvariantCulture))
                .Concat(link.SourceGroup is null ? [] : link.Targets.Select(t => t.Construct).OfType<ConstructSymbol>().Select(c => ids[c]));
            foreach (var to in targets)
            {
                if (from is null)
                    continue;
                Line("  " + from + " ==>|" + Quote((link.IsNamed ? link.Name : "link") + " (between groups)") + "| " + to);
                index++;
            }
        }

        Line("  classDef context fill:#dbe9f6,stroke:#5b7fa6");
        Line("  classDef mechanism fill:#fde2c8,stroke:#b7793e");
        Line("  classDef outcome fill:#d8efd3,stroke:#5a8f4e");
        Line("  classDef chained fill:#e6ddf3,stroke:#7e64a8");
        Line("  classDef other fill:#f2f2f2,stroke:#9e9e9e,stroke-dasharray:3 3");
        foreach (var (cls, inClass) in compilation.Constructs.GroupBy(c => ClassOf(roles[c])).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())))
            Line("  class " + string.Join(",", inClass.Select(m => ids[m])) + " " + cls);
        if (highlighted.Count > 0)
            Line("  linkStyle " + string.Join(",", highlighted.Select(i => i.ToString(CultureInfo.InvariantCulture))) + " stroke-width:3px");
    }

    private static string Node(string id, ConstructSymbol construct, ConstructRole role)
    {
        var label = Quote(construct.DisplayName);
        if (role.HasFlag(ConstructRole.Mechanism))
            return id + "([" + label + "])";
        if (role.HasFlag(ConstructRole.Outcome))
            return id + "(" + label + ")";
        return id + "[" + label + "]";
    }

    private static string ClassOf(ConstructRole role) =>
        role.HasFlag(ConstructRole.Mechanism) ? "mechanism"
        : role.HasFlag(ConstructRole.Context) && role.HasFlag(ConstructRole.Outcome) ? "chained"
        : role.HasFlag(ConstructRole.Outcome) ? "outcome"
        : role.HasFlag(ConstructRole.Context) ? "context"
        : "other";

    /// <summary>The title lives in YAML front matter, where a double-quoted scalar escapes only backslash and quote.</summary>
    private static string YamlQuote(string text) =>
        "\"" + TextSanitiser.OneLine(text).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>
    /// A quoted Mermaid label. Inside quotes Mermaid still reads entity codes (#quot;) and, in some
    /// renderers, HTML and Markdown, so every character that could mean something is written as a
    /// numeric entity: the text shows as written and can never close the label or the statement.
    /// </summary>
    internal static string Quote(string text)
    {
        var clean = TextSanitiser.OneLine(text);
        var builder = new StringBuilder("\"");
        foreach (var c in clean)
        {
            if (c is '"' or '#' or '<' or '>' or '&' or '`' or '|' or '\\' or '%' or '*' or '_' or '~' or '[' or ']' or '{' or '}' or '(' or ')' or ';')
                builder.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            else
                builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
