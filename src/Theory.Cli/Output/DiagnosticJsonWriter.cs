using System.Text.Encodings.Web;
using System.Text.Json;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Cli.Output;

/// <summary>
/// Machine-readable diagnostics (format documented in docs/diagnostics-json.md). Properties are
/// written in a fixed order; lines and columns are one-based, offsets zero-based UTF-16.
/// </summary>
internal static class DiagnosticJsonWriter
{
    public const int FormatVersion = 1;

    public static void Write(TextWriter output, IReadOnlyList<string> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("files");
            foreach (var file in files)
                json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
                WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", files.Count);
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteNumber("infos", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("title", diagnostic.Descriptor.Title);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("help", diagnostic.Descriptor.Help);
        json.WriteString("helpPath", diagnostic.Descriptor.HelpPath);
        WriteLocation(json, diagnostic.Location);
        json.WriteStartArray("related");
        foreach (var related in diagnostic.RelatedLocations)
        {
            json.WriteStartObject();
            json.WriteString("message", related.Message);
            WriteLocation(json, related.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        var span = location.LineSpan;
        json.WriteString("path", location.FilePath);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteNumber("line", span.Start.Line + 1);
        json.WriteNumber("column", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
    }
}
