using System.Globalization;
using System.Text;
using System.Xml;
using Theory.Emit.Dot;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit.GraphMl;

/// <summary>
/// The causal web as GraphML, for network tools (Gephi, Cytoscape, yEd, igraph, NetworkX): one
/// node per construct and one directed edge per web edge, with what the theory says of each as
/// typed attributes — label, kind, roles, group, stage for nodes; sign, claims, conditional,
/// loops and the number of claims for edges — so they can be sized, coloured and filtered there.
/// Deterministic UTF-8 with LF line ends; text goes through XmlWriter, with control characters removed.
/// </summary>
public static class GraphMlEmitter
{
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("description", "node", "description", "string"),
        ("kind", "node", "kind", "string"),
        ("roles", "node", "roles", "string"),
        ("group", "node", "group", "string"),
        ("stage", "node", "stage", "string"),
        ("aliases", "node", "aliases", "string"),
        ("sign", "edge", "sign", "string"),
        ("claims", "edge", "claims", "string"),
        ("claim_count", "edge", "claim_count", "int"),
        ("conditional", "edge", "conditional", "boolean"),
        ("loops", "edge", "loops", "string"),
        ("edge_label", "edge", "label", "string"),
    ];

    public static string Emit(Compilation compilation)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        var roles = ConstructRoles.Compute(compilation);
        var loops = LoopTags.For(compilation);
        var stages = ConstructStages.Earliest(compilation);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
            if (compilation.HasErrors)
                writer.WriteComment(" BUILT FROM AN INVALID THEORY: the theory has errors, so this graph describes an invalid theory. ");
            foreach (var (id, @for, name, type) in Keys)
            {
                writer.WriteStartElement("key");
                writer.WriteAttributeString("id", id);
                writer.WriteAttributeString("for", @for);
                writer.WriteAttributeString("attr.name", name);
                writer.WriteAttributeString("attr.type", type);
                writer.WriteEndElement();
            }

            writer.WriteStartElement("graph");
            writer.WriteAttributeString("id", Clean(TheoryNames.Of(compilation)));
            writer.WriteAttributeString("edgedefault", "directed");
            foreach (var construct in compilation.Constructs)
            {
                writer.WriteStartElement("node");
                writer.WriteAttributeString("id", Clean(construct.Name));
                Data(writer, "label", construct.DisplayName);
                Data(writer, "description", construct.Description);
                Data(writer, "kind", construct.ConstructKind == ConstructKind.Unspecified ? null : EnumText.Of(construct.ConstructKind));
                Data(writer, "roles", DotStyle.RoleText(roles[construct]));
                Data(writer, "group", construct.Group is { } group ? GroupTitles.Of(group) : null);
                Data(writer, "stage", stages.TryGetValue(construct, out var stage) ? stage.DisplayName : null);
                Data(writer, "aliases", construct.Aliases.IsEmpty ? null : string.Join("; ", construct.Aliases));
                writer.WriteEndElement();
            }

            foreach (var edge in compilation.Web.Edges)
            {
                writer.WriteStartElement("edge");
                writer.WriteAttributeString("id", Clean(edge.From.Name + "->" + edge.To.Name));
                writer.WriteAttributeString("source", Clean(edge.From.Name));
                writer.WriteAttributeString("target", Clean(edge.To.Name));
                Data(writer, "sign", edge.Sign.ToSymbol());
                Data(writer, "claims", string.Join("; ", edge.ClaimNames));
                Data(writer, "claim_count", edge.Claims.Select(c => c.Claim).Distinct().Count().ToString(CultureInfo.InvariantCulture));
                Data(writer, "conditional", edge.IsConditional ? "true" : "false");
                Data(writer, "loops", loops.TagsOn(edge).Count == 0 ? null : string.Join("; ", loops.TagsOn(edge)));
                Data(writer, "edge_label", loops.LabelOf(edge));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return text.Append('\n').ToString();
    }

    private static void Data(XmlWriter writer, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        writer.WriteStartElement("data");
        writer.WriteAttributeString("key", key);
        writer.WriteString(Clean(value));
        writer.WriteEndElement();
    }

    /// <summary>Text XML 1.0 can hold: line breaks kept, every other control character and bidirectional override removed.</summary>
    private static string Clean(string? text) => TextSanitiser.KeepLines(text);
}
