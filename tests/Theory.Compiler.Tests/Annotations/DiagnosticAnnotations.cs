using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Compiler.Tests.Annotations;

/// <summary>
/// Expected diagnostics written inline, under the line they point at (as rust-analyzer's tests and
/// rustc's UI tests do):
/// <code>
/// cmoc N2: high trst => increased faith -> increased synergy
/// //            ^^^^ error TH2001: construct `trst` is not declared; did you mean `trust`?
/// </code>
/// The marks sit under the span (<c>^</c> for the diagnostic, <c>-</c> for a related location,
/// whose severity word is <c>note</c> and whose ID is its diagnostic's). A span that starts in the
/// first two columns is written <c>//@COLUMN ^^^</c>; an empty span <c>^{0}</c>; a span that runs on
/// to a later line marks the rest of its first line and ends with <c>…+LINES:COLUMN</c>. Annotation
/// lines are removed before compiling, so they never move a position. A test compares the file
/// with the same file annotated from the compiler's real diagnostics: a missing diagnostic and an
/// unexpected one both fail, and THEORY_BLESS=1 rewrites the annotations.
/// </summary>
internal static partial class DiagnosticAnnotations
{
    /// <summary>The text without its annotation lines: what is compiled.</summary>
    public static string Strip(string annotated) =>
        string.Concat(SplitLines(annotated).Where(l => !IsAnnotation(l.Text)).Select(l => l.Text + l.Break));

    /// <summary>
    /// <paramref name="source"/> (stripped) with an annotation line under each line where a
    /// diagnostic or a related location in <paramref name="text"/> starts.
    /// </summary>
    public static string Annotate(string source, SourceText text, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = new SortedDictionary<int, List<(int Column, int Order, string Line)>>();
        foreach (var diagnostic in diagnostics)
        {
            if (ReferenceEquals(diagnostic.Location.Text, text) || SameText(diagnostic.Location.Text, text))
                Add(byLine, text, diagnostic.Location, '^', diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Id, diagnostic.Message, 0);
            foreach (var related in diagnostic.RelatedLocations)
            {
                if (SameText(related.Location.Text, text))
                    Add(byLine, text, related.Location, '-', "note", diagnostic.Id, related.Message, 1);
            }
        }

        var result = new StringBuilder();
        var index = 0;
        foreach (var (line, lineBreak) in SplitLines(source))
        {
            result.Append(line).Append(lineBreak);
            if (byLine.TryGetValue(index, out var annotations))
            {
                var newline = lineBreak.Length > 0 ? lineBreak : "\n";
                if (lineBreak.Length == 0)
                    result.Append(newline);
                foreach (var annotation in annotations.OrderBy(a => a.Column).ThenBy(a => a.Order).ThenBy(a => a.Line, StringComparer.Ordinal))
                    result.Append(annotation.Line).Append(newline);
            }

            index++;
        }

        return result.ToString();
    }

    /// <summary>True for a line this format writes (ordinary comments are left alone).</summary>
    public static bool IsAnnotation(string line) => AnnotationLine().IsMatch(line);

    private static bool SameText(SourceText a, SourceText b) => ReferenceEquals(a, b) || (a.FilePath == b.FilePath && a.Length == b.Length && a.ToString() == b.ToString());

    private static void Add(SortedDictionary<int, List<(int, int, string)>> byLine, SourceText text, Location location, char mark, string severity, string id, string message, int order)
    {
        var span = location.LineSpan;
        var line = text.Lines[span.Start.Line];
        var column = span.Start.Character;
        string marks;
        if (span.End.Line == span.Start.Line)
        {
            var length = span.End.Character - column;
            marks = length == 0 ? mark + "{0}" : new string(mark, length);
        }
        else
        {
            var rest = Math.Max(1, line.Length - column);
            marks = new string(mark, rest) + string.Create(CultureInfo.InvariantCulture, $"…+{span.End.Line - span.Start.Line}:{span.End.Character + 1}");
        }

        var prefix = column >= 2 ? "//" + new string(' ', column - 2) : string.Create(CultureInfo.InvariantCulture, $"//@{column + 1} ");
        var annotation = $"{prefix}{marks} {severity} {id}: {message}";
        if (!byLine.TryGetValue(span.Start.Line, out var list))
            byLine[span.Start.Line] = list = [];
        list.Add((column, order, annotation));
    }

    private static IEnumerable<(string Text, string Break)> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n'))
                continue;
            var length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            yield return (text[start..i], text.Substring(i, length));
            i += length - 1;
            start = i + 1;
        }

        if (start < text.Length)
            yield return (text[start..], "");
    }

    [GeneratedRegex(@"^//(@\d+ )?\s*(\^+|-+|\^\{0\}|-\{0\})(…\+\d+:\d+)? (error|warning|info|note) TH\d{4}: ")]
    private static partial Regex AnnotationLine();
}
