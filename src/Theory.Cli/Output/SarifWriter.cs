using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Cli.Output;

/// <summary>
/// SARIF 2.1.0, the format code-scanning services read. Every rule of the diagnostic table is
/// listed so results can point at them by index; file paths become relative URIs with `/`.
/// </summary>
internal static class SarifWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = DiagnosticDescriptors.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "theory");
            json.WriteString("semanticVersion", ToolVersion.Current);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
                WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
                WriteResult(json, diagnostic, ruleIndex[diagnostic.Id]);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Help);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        // The docs page in the Theory repository; relative, because the tool knows no canonical URL.
        json.WriteString("helpPath", rule.HelpPath);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", PlainText(diagnostic.Message));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location);
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.RelatedLocations.Length > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.RelatedLocations.Length; i++)
            {
                var related = diagnostic.RelatedLocations[i];
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, related.Location);
                json.WriteStartObject("message");
                json.WriteString("text", PlainText(related.Message));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location)
    {
        var span = location.LineSpan;
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(location.FilePath));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path becomes a relative URI reference; an absolute one a file: URI.</summary>
    internal static string ToUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString);
        var joined = string.Join("/", segments);
        return Path.IsPathRooted(path) ? "file://" + (joined.StartsWith('/') ? "" : "/") + joined : joined;
    }

    private static string RuleName(string title) =>
        string.Concat(title.Split(' ', '-', '\'').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            .Replace("'", "", StringComparison.Ordinal);

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// A SARIF plain-text message: `[` and `]` are written `\[` and `\]` (SARIF 2.1.0 §3.11.6), so
    /// theory text such as `[click](https://…)` is shown as written, never as an embedded link.
    /// </summary>
    internal static string PlainText(string message) =>
        message.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
