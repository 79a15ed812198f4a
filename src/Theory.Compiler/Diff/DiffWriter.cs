using System.Globalization;
using System.Text;
using System.Text.Json;
using Theory.Emit;

namespace Theory.Diff;

/// <summary>
/// A <see cref="TheoryDiff"/> as text (for a terminal), Markdown (for a pull-request comment or a
/// thesis appendix) and JSON (for tools). Theory text is escaped for each: one line per value in
/// text; code spans in Markdown, so a label cannot start a table, a link, a tag or a mention in a
/// comment; JSON through its writer.
/// </summary>
public static class DiffWriter
{
    private static readonly (DiffSubject Subject, string Title)[] Sections =
    [
        (DiffSubject.Construct, "Constructs"), (DiffSubject.Group, "Groups"), (DiffSubject.Cmoc, "CMOCs"), (DiffSubject.Link, "Links"),
        (DiffSubject.Edge, "Edges of the causal web"), (DiffSubject.Loop, "Feedback loops"), (DiffSubject.Diagnostic, "Diagnostics"),
    ];

    public static string ToText(TheoryDiff diff)
    {
        if (diff is null)
            throw new ArgumentNullException(nameof(diff));
        var w = new StringBuilder();
        w.Append("theory diff: ").Append(One(diff.OldName)).Append(" -> ").Append(One(diff.NewName)).Append('\n');
        w.Append("  before: ").Append(diff.OldShape).Append('\n');
        w.Append("  after:  ").Append(diff.NewShape).Append('\n');
        if (diff.IsEmpty)
            return w.Append("no differences in meaning\n").ToString();
        foreach (var (subject, title) in Sections)
        {
            var entries = diff.Entries.Where(e => e.Subject == subject).ToList();
            if (entries.Count == 0)
                continue;
            w.Append('\n').Append(title).Append(": ").Append(Counts(subject, entries)).Append('\n');
            foreach (var entry in entries)
            {
                w.Append("  ").Append(Mark(entry.Change)).Append(' ').Append(One(entry.Name));
                if (entry.NewName is { } renamed)
                    w.Append(" -> ").Append(One(renamed));
                w.Append('\n');
                foreach (var detail in entry.Details)
                {
                    w.Append("      ").Append(detail.What).Append(": ");
                    // What an added or removed thing is has one side; a change has both.
                    if (entry.Change is DiffChange.Added or DiffChange.Removed)
                        w.Append(Side(detail.New ?? detail.Old)).Append('\n');
                    else
                        w.Append(Side(detail.Old)).Append(" -> ").Append(Side(detail.New)).Append('\n');
                }
            }
        }

        return w.ToString();
    }

    public static string ToMarkdown(TheoryDiff diff)
    {
        if (diff is null)
            throw new ArgumentNullException(nameof(diff));
        var w = new StringBuilder();
        w.Append("## Theory diff: ").Append(Code(diff.OldName)).Append(" → ").Append(Code(diff.NewName)).Append("\n\n");
        w.Append("| | contexts | mechanisms | outcomes | CMOCs | links | in short |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var (which, shape) in new[] { ("before", diff.OldShape), ("after", diff.NewShape) })
        {
            w.Append("| ").Append(which).Append(" | ").Append(N(shape.Contexts)).Append(" | ").Append(N(shape.Mechanisms)).Append(" | ").Append(N(shape.Outcomes))
                .Append(" | ").Append(N(shape.Cmocs)).Append(" | ").Append(N(shape.Links)).Append(" | ").Append(shape.ToString()).Append(" |\n");
        }

        if (diff.IsEmpty)
            return w.Append("\nNo differences in meaning.\n").ToString();
        foreach (var (subject, title) in Sections)
        {
            var entries = diff.Entries.Where(e => e.Subject == subject).ToList();
            if (entries.Count == 0)
                continue;
            w.Append("\n### ").Append(title).Append(" (").Append(Counts(subject, entries)).Append(")\n\n");
            w.Append("| change | name | what | before | after |\n| --- | --- | --- | --- | --- |\n");
            foreach (var entry in entries)
            {
                var name = Code(entry.Name) + (entry.NewName is { } renamed ? " → " + Code(renamed) : "");
                var change = Word(subject, entry.Change);
                if (entry.Details.IsEmpty)
                {
                    w.Append("| ").Append(change).Append(" | ").Append(name).Append(" | | | |\n");
                    continue;
                }

                foreach (var detail in entry.Details)
                {
                    w.Append("| ").Append(change).Append(" | ").Append(name).Append(" | ").Append(detail.What).Append(" | ")
                        .Append(Md(detail.Old ?? "")).Append(" | ").Append(Md(detail.New ?? "")).Append(" |\n");
                    (change, name) = ("", "");
                }
            }
        }

        return w.ToString();
    }

    public static void WriteJson(TheoryDiff diff, Stream stream)
    {
        if (diff is null)
            throw new ArgumentNullException(nameof(diff));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("formatVersion", 1);
        json.WriteString("old", diff.OldName);
        json.WriteString("new", diff.NewName);
        Shape("oldShape", diff.OldShape);
        Shape("newShape", diff.NewShape);
        json.WriteStartArray("entries");
        foreach (var entry in diff.Entries)
        {
            json.WriteStartObject();
            json.WriteString("subject", EnumText.Of(entry.Subject));
            json.WriteString("change", EnumText.Of(entry.Change));
            json.WriteString("name", entry.Name);
            json.WriteString("newName", entry.NewName);
            json.WriteStartArray("details");
            foreach (var detail in entry.Details)
            {
                json.WriteStartObject();
                json.WriteString("what", detail.What);
                json.WriteString("old", detail.Old);
                json.WriteString("new", detail.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        void Shape(string name, TheoryShape shape)
        {
            json.WriteStartObject(name);
            json.WriteNumber("contexts", shape.Contexts);
            json.WriteNumber("mechanisms", shape.Mechanisms);
            json.WriteNumber("outcomes", shape.Outcomes);
            json.WriteNumber("cmocs", shape.Cmocs);
            json.WriteNumber("links", shape.Links);
            json.WriteStartArray("groups");
            foreach (var group in shape.Groups)
            {
                json.WriteStartObject();
                json.WriteString("kind", Symbols.GroupKindFacts.ToKeyword(group.Kind));
                json.WriteNumber("groups", group.Groups);
                json.WriteNumber("mechanisms", group.Mechanisms);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    // "2 added, 1 removed" — for diagnostics "introduced" and "fixed".
    private static string Counts(DiffSubject subject, List<DiffEntry> entries) =>
        string.Join(", ", entries.GroupBy(e => e.Change).OrderBy(g => g.Key).Select(g => N(g.Count()) + " " + Word(subject, g.Key)));

    private static string Word(DiffSubject subject, DiffChange change) => (subject, change) switch
    {
        (DiffSubject.Diagnostic, DiffChange.Added) => "introduced",
        (DiffSubject.Diagnostic, DiffChange.Removed) => "fixed",
        (DiffSubject.Edge, DiffChange.Changed) => "sign changed",
        _ => EnumText.Of(change),
    };

    private static char Mark(DiffChange change) => change switch
    {
        DiffChange.Added => '+',
        DiffChange.Removed => '-',
        DiffChange.Renamed => '~',
        _ => '*',
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string One(string text) => TextSanitiser.OneLine(text);

    private static string Side(string? text) => text is null ? "(none)" : "\"" + One(text) + "\"";

    /// <summary>
    /// Theory text in a Markdown table cell, as a code span: nothing in it is Markdown or HTML, and
    /// GitHub makes no mention of `@smith2020` there. A backtick would end the span (it becomes an
    /// apostrophe) and a pipe the cell (GFM reads `\|` as a pipe inside code in a table).
    /// </summary>
    private static string Code(string text) => "`" + One(text).Replace("`", "'").Replace("|", "\\|") + "`";

    private static string Md(string text) => text.Length == 0 ? "" : Code(text);
}
