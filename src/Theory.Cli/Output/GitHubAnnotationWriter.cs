using System.Text;
using Theory.Diagnostics;

namespace Theory.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (`::error file=...,line=...::message`), which annotate the
/// pull request. Text from theory files is escaped so it cannot end the command or start another.
/// </summary>
internal static class GitHubAnnotationWriter
{
    public static void Write(TextWriter output, int fileCount, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.LineSpan;
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var properties = string.Join(",",
                $"file={EscapeProperty(TerminalText.Safe(diagnostic.Location.FilePath).Replace('\\', '/'))}",
                $"line={span.Start.Line + 1}",
                $"col={span.Start.Character + 1}",
                $"endLine={span.End.Line + 1}",
                $"endColumn={span.End.Character + 1}",
                $"title={EscapeProperty(diagnostic.Id + ": " + diagnostic.Descriptor.Title)}");
            output.WriteLine($"::{command} {properties}::{EscapeData(TerminalText.Safe(diagnostic.Message))}");
        }

        output.WriteLine(DiagnosticTextWriter.Summary(fileCount, diagnostics));
    }

    internal static string EscapeData(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    internal static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
