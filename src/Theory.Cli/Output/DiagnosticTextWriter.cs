using System.Globalization;
using System.Text;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Cli.Output;

/// <summary>
/// Compiler-style text: `path(line,col): error TH1001: message`, then the source line with the
/// span underlined (like rustc and clang), the help text, related locations, and a summary.
/// </summary>
internal static class DiagnosticTextWriter
{
    private const int TabWidth = 4;

    // Lines longer than this are shown as a window that starts a little before the span.
    private const int MaxExcerptColumns = 200;
    private const int ExcerptLeadColumns = 60;

    public static void Write(TextWriter output, int fileCount, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            output.WriteLine($"{Format(diagnostic.Location)}: {severity} {diagnostic.Id}: {TerminalText.Safe(diagnostic.Message)}");
            var gutter = diagnostic.Location.IsWholeFile ? "    " : WriteExcerpt(output, diagnostic.Location);
            output.WriteLine($"{gutter} = help: {diagnostic.Descriptor.Help}");
            foreach (var related in diagnostic.RelatedLocations)
            {
                output.WriteLine($"{Format(related.Location)}: note: {TerminalText.Safe(related.Message)}");
                if (!related.Location.IsWholeFile)
                    WriteExcerpt(output, related.Location);
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(fileCount, diagnostics));
    }

    public static string Format(Location location) => location.IsWholeFile
        ? TerminalText.Safe(location.FilePath)
        : $"{TerminalText.Safe(location.FilePath)}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})";

    public static string Summary(int fileCount, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var files = Plural(fileCount, "file");
        return errors + warnings + infos == 0
            ? $"Checked {files}: no problems found."
            : $"Checked {files}: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}.";
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 || noun == "info" ? "" : "s")}");

    // The line holding the start of the span, tabs expanded, with ^ under every character of the
    // span on that line (one ^ for an empty span, e.g. a missing token). A long line (a minified
    // or generated file can be one 50 MB line) shows a window around the span, marked with …, so
    // each diagnostic prints a bounded amount of text.
    private static string WriteExcerpt(TextWriter output, Location location)
    {
        var text = location.Text;
        var lineIndex = text.GetLineIndex(location.Span.Start);
        var line = text.Lines[lineIndex];
        var startColumn = location.Span.Start - line.Start;
        var endColumn = Math.Min(location.Span.End, line.End) - line.Start;
        var from = line.Length <= MaxExcerptColumns ? 0 : Math.Max(0, Math.Min(startColumn - ExcerptLeadColumns, line.Length - MaxExcerptColumns));
        var to = Math.Min(line.Length, from + MaxExcerptColumns);
        var lineText = text.ToString(line.Start + from, to - from);

        var shown = new StringBuilder(from > 0 ? "…" : "");
        var underline = new StringBuilder(from > 0 ? " " : "");
        var marked = false;
        for (var i = from; i <= to; i++)
        {
            var inSpan = i >= startColumn && (i < endColumn || i == startColumn);
            if (i == to)
            {
                if (inSpan && !marked)
                    underline.Append('^');
                break;
            }

            var c = lineText[i - from];
            if (c == '\uFEFF' && i == 0)
                continue; // A byte order mark is invisible and takes no column (see SourceText.GetLinePosition).
            var width = c == '\t' ? TabWidth : 1;
            shown.Append(c == '\t' ? new string(' ', TabWidth) : char.IsControl(c) ? "\uFFFD" : c.ToString());
            underline.Append(inSpan ? '^' : ' ', width);
            marked |= inSpan;
        }

        if (to < line.Length)
            shown.Append('…');
        var number = (lineIndex + 1).ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', Math.Max(number.Length, 4));
        output.WriteLine($"{number.PadLeft(gutter.Length)} | {shown}");
        output.WriteLine($"{gutter} | {underline.ToString().TrimEnd()}");
        return gutter;
    }
}
