using System.Text.Encodings.Web;
using System.Text.Json;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Emit.Report;

/// <summary>
/// What the report's page knows, as JSON: constructs with the claims they take part in, CMOCs as
/// their if–then–because parts with evidence and references, the web's edges with the claims behind
/// them, groups, and diagnostics with the declaration each concerns. Every string is escaped for
/// a `script` element (no `&lt;` can end it), and the page only ever sets text from it.
/// </summary>
internal static class ReportData
{
    public static string Write(Compilation compilation, IEnumerable<Diagnostic> diagnostics, EmitOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("title", TheoryNames.Title(compilation));
            json.WriteBoolean("valid", !compilation.HasErrors);
            Constructs(json, compilation);
            Cmocs(json, compilation);
            Edges(json, compilation);
            Groups(json, compilation);
            Diagnostics(json, compilation, diagnostics, options);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Constructs(Utf8JsonWriter json, Compilation compilation)
    {
        json.WriteStartArray("constructs");
        foreach (var construct in compilation.Constructs)
        {
            json.WriteStartObject();
            json.WriteString("name", construct.Name);
            json.WriteString("id", Dot.DotStyle.NodeId(construct));
            json.WriteString("label", construct.DisplayName);
            json.WriteString("kind", construct.ConstructKind == ConstructKind.Unspecified ? "" : construct.ConstructKind.ToString().ToLowerInvariant());
            json.WriteString("description", construct.Description ?? "");
            Strings(json, "aliases", construct.Aliases);
            json.WriteStartArray("roles");
            foreach (var (role, uses) in compilation.GetUsages(construct).ByRole)
            {
                if (uses.IsEmpty)
                    continue;
                json.WriteStartObject();
                json.WriteString("role", role);
                Strings(json, "claims", uses.Select(u => u.Claim.Name).Distinct(StringComparer.Ordinal));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Cmocs(Utf8JsonWriter json, Compilation compilation)
    {
        json.WriteStartArray("claims");
        foreach (var claim in compilation.Cmocs.Cast<ClaimSymbol>().Concat(compilation.Links))
        {
            json.WriteStartObject();
            json.WriteString("name", claim.Name);
            json.WriteString("kind", claim is CmocSymbol ? "CMOC" : "link");
            json.WriteString("label", claim.Label ?? "");
            json.WriteString("group", claim.Group?.Name ?? "");
            if (claim is CmocSymbol cmoc)
            {
                Terms(json, "if", cmoc.Contexts);
                Terms(json, "then", cmoc.Outcomes);
                Terms(json, "because", cmoc.Mechanisms);
                json.WriteString("resource", cmoc.ResourceText ?? "");
            }
            else if (claim is LinkSymbol link)
            {
                Terms(json, "if", link.Source is { } source ? [source] : []);
                Terms(json, "then", link.Targets);
                Terms(json, "because", []);
                json.WriteString("resource", "");
            }

            Strings(json, "conditions", claim.Conditions.Select(c => c.ToString()));
            Strings(json, "scope", claim.Scope.Select(t => t.QualifiedName));
            json.WriteString("stage", claim.Stage is { IsAtemporal: false } stage ? stage.DisplayName : "");
            json.WriteString("status", EnumText.Of(claim.Status));
            Evidence(json, claim.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Edges(Utf8JsonWriter json, Compilation compilation)
    {
        json.WriteStartArray("edges");
        foreach (var edge in compilation.Web.Edges)
        {
            json.WriteStartObject();
            json.WriteString("id", Dot.DotStyle.EdgeId(edge));
            json.WriteString("from", edge.From.Name);
            json.WriteString("to", edge.To.Name);
            json.WriteString("sign", EdgeMarks.SignText(edge));
            json.WriteStartArray("claims");
            foreach (var claim in edge.Claims)
            {
                json.WriteStartObject();
                json.WriteString("claim", claim.Claim.Name);
                // ContextToMechanism: "context to mechanism", the step of the claim the edge stands for.
                json.WriteString("part", System.Text.RegularExpressions.Regex.Replace(claim.Role.ToString(), "(?<=.)([A-Z])", " $1").ToLowerInvariant());
                json.WriteString("sign", claim.Sign switch { Sign.Positive => "+", Sign.Negative => "-", _ => "?" });
                Strings(json, "circumstances", claim.Circumstance.Parts);
                Evidence(json, claim.Claim.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Groups(Utf8JsonWriter json, Compilation compilation)
    {
        json.WriteStartArray("groups");
        foreach (var group in compilation.Groups)
        {
            json.WriteStartObject();
            json.WriteString("name", group.Name);
            json.WriteString("label", group.DisplayName);
            json.WriteString("kind", group.GroupKind.ToKeyword());
            json.WriteString("title", GroupTitles.Of(group));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Diagnostics(Utf8JsonWriter json, Compilation compilation, IEnumerable<Diagnostic> diagnostics, EmitOptions options)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            var location = diagnostic.Location;
            json.WriteString("file", location.IsWholeFile ? Path.GetFileName(location.FilePath) : options.PathOf(location.Text));
            json.WriteNumber("line", location.IsWholeFile ? 0 : location.LineSpan.Start.Line + 1);
            // The declaration the diagnostic is in, so the list can open it in the panel.
            var target = compilation.SyntaxTrees.FirstOrDefault(t => ReferenceEquals(t.Text, location.Text)) is { } tree
                ? DeclaredAt(compilation, tree, location.Span.Start) : null;
            json.WriteString("target", target?.Name ?? "");
            json.WriteString("targetKind", target switch { ConstructSymbol => "construct", ClaimSymbol => "claim", _ => "" });
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static Symbol? DeclaredAt(Compilation compilation, SyntaxTree tree, int position)
    {
        var model = compilation.GetSemanticModel(tree);
        var token = tree.Root.DescendantTokens().LastOrDefault(t => t.Span.Start <= position);
        for (var node = token?.Parent; node is not null; node = node.Parent)
        {
            if (node is DeclarationSyntax declaration && model.GetDeclaredSymbol(declaration) is { } symbol and (ConstructSymbol or ClaimSymbol))
                return symbol;
        }

        return null;
    }

    private static void Terms(Utf8JsonWriter json, string name, IEnumerable<Term> terms) =>
        Strings(json, name, terms.Select(t => Csv.CmocTableRows.TermText(t, labels: true)));

    private static void Evidence(Utf8JsonWriter json, IEnumerable<EvidenceItem> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("source", item.Source?.ShortReference ?? (item.EvidenceKind == EvidenceKind.Citation ? "@" + item.Key : item.Key));
            json.WriteString("kind", EnumText.Of(item.EvidenceKind));
            json.WriteString("locator", item.Locator ?? "");
            json.WriteString("quote", item.Quote ?? "");
            json.WriteString("title", item.Source?.Title ?? "");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
