using Theory.Diff;
using Theory.Projects;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Diff;

/// <summary>`theory diff`: what changed in meaning between versions, never what changed in layout.</summary>
public class TheoryDiffTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Diff");

    private static Compilation Load(string path) =>
        TheoryWorkspace.Load([path], new WorkspaceOptions { BaseDirectory = TestPaths.RepositoryRoot }).Compilations.Single();

    private static string Json(TheoryDiff diff)
    {
        using var stream = new MemoryStream();
        DiffWriter.WriteJson(diff, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void AssertGolden(TheoryDiff diff, string name) =>
        Baseline.AssertAllMatch(
        [
            (Path.Combine(Folder, name, "expected", "diff.txt"), DiffWriter.ToText(diff)),
            (Path.Combine(Folder, name, "expected", "diff.md"), DiffWriter.ToMarkdown(diff)),
            (Path.Combine(Folder, name, "expected", "diff.json"), Json(diff)),
        ]);

    [Fact]
    public void Two_versions_differ_in_every_kind_of_change_and_nothing_else()
    {
        var diff = TheoryDiff.Compare(Load("tests/Theory.Compiler.Tests/Diff/versions/v1.theory"), Load("tests/Theory.Compiler.Tests/Diff/versions/v2.theory"));

        AssertGolden(diff, "versions");
        string Entry(DiffSubject subject, string name) => diff.Entries.Where(e => e.Subject == subject && e.Name == name).Select(e => e.Change.ToString()).SingleOrDefault() ?? "none";
        // A construct renamed everywhere is one rename, and the CMOCs that use it do not change.
        Assert.Equal("Renamed", Entry(DiffSubject.Construct, "faith"));
        Assert.Equal("Renamed", Entry(DiffSubject.Cmoc, "CF3"));
        Assert.Equal("CF4", diff.Entries.Single(e => e.Name == "CF3").NewName);
        Assert.Empty(diff.Entries.Single(e => e.Name == "CF3").Details);
        // CF1 was rewritten in one line: the same claim.
        Assert.Equal("none", Entry(DiffSubject.Cmoc, "CF1"));
        Assert.Equal("Changed", Entry(DiffSubject.Cmoc, "CF2"));
        Assert.Equal(["context", "status", "evidence"], diff.Entries.Single(e => e.Name == "CF2").Details.Select(d => d.What));
        Assert.Equal("Added", Entry(DiffSubject.Cmoc, "CF5"));
        Assert.Equal("Added", Entry(DiffSubject.Loop, "trust_builds"));
        Assert.Equal("Changed", Entry(DiffSubject.Edge, "turnover -> conflict"));
        Assert.Equal("Changed", Entry(DiffSubject.Construct, "turnover"));
    }

    [Fact]
    public void A_theory_against_the_one_it_refines_reads_as_a_refinement_table()
    {
        var workspace = TheoryWorkspace.Load(["examples/initial-rough-theory", "examples/interorganisational-collaboration"], new WorkspaceOptions { BaseDirectory = TestPaths.RepositoryRoot });
        var refined = workspace.Compilations.Single(c => c.Theory?.Refines is not null);
        var baseTheory = workspace.Compilations.Single(c => c.Theory?.Name == refined.Theory!.Refines);

        var diff = TheoryDiff.Compare(baseTheory, refined);

        AssertGolden(diff, "refinement");
        Assert.Equal("34 contexts, 34 mechanisms, 24 outcomes; 56 CMOCs, 1 link", diff.NewShape.ToString());
    }

    [Fact]
    public void The_same_theory_has_no_differences()
    {
        var compilation = Load("examples/intersectoral-partnerships");

        var diff = TheoryDiff.Compare(compilation, Load("examples/intersectoral-partnerships"));
        Assert.True(diff.IsEmpty);
        Assert.EndsWith("no differences in meaning\n", DiffWriter.ToText(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_are_counted_as_refinement_tables_count_them()
    {
        var shape = TheoryShape.Of(Compile("""
            construct a
            construct b
            construct m1
            construct m2
            construct m3
            cluster one { cmoc C1: high a => increased m1 -> increased b  cmoc C2: high a => increased m2 -> increased b }
            cluster two { cmoc C3: low a => increased m3 -> decreased b }
            """));

        Assert.Equal("1 context, 2 clusters of 3 mechanisms, 1 outcome; 3 CMOCs", shape.ToString());
    }

    [Fact]
    public void A_cmoc_renamed_and_edited_at_once_is_still_a_rename()
    {
        const string constructs = "construct a\nconstruct b\nconstruct c\nconstruct d\nconstruct m\nconstruct x\n";
        var before = Compile(constructs + "cmoc OLD: high a, high b => increased m -> increased c, increased d\ncmoc GONE: high x => increased m -> increased a\n");
        var after = Compile(constructs + "cmoc NEW: high a, high b, low x => increased m -> increased c, increased d\ncmoc OTHER: low d => decreased m -> decreased b\n");

        var diff = TheoryDiff.Compare(before, after);

        var renamed = Assert.Single(diff.Entries, e => e.Change == DiffChange.Renamed);
        Assert.Equal(("OLD", "NEW"), (renamed.Name, renamed.NewName));
        Assert.Equal("context", Assert.Single(renamed.Details).What);
        // Too different to be the same claim: one removed, one added.
        Assert.Contains(diff.Entries, e => e.Name == "GONE" && e.Change == DiffChange.Removed);
        Assert.Contains(diff.Entries, e => e.Name == "OTHER" && e.Change == DiffChange.Added);
    }

    // Pairing renamed things once compared every removed thing with every added one, computing
    // their contents each time: thousands of renames took minutes. Now each pass is a lookup.
    [Fact]
    public void Thousands_of_renames_pair_by_lookup()
    {
        static string Theory(string prefix, string id, string label = "Construct number ")
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < 2_000; i++)
                text.Append("construct ").Append(prefix).Append(i).Append(" \"").Append(label).Append(i).Append("\"\n");
            for (var i = 0; i < 2_000; i++)
                text.Append("cmoc ").Append(id).Append(i).Append(": high ").Append(prefix).Append(i).Append(" => increased ").Append(prefix).Append((i + 1) % 2_000)
                    .Append(" -> increased ").Append(prefix).Append((i + 2) % 2_000).Append('\n');
            return text.ToString();
        }

        var diff = TheoryDiff.Compare(Compile(Theory("old_", "A")), Compile(Theory("new_", "B")));

        Assert.Equal(2_000, diff.Entries.Count(e => e.Subject == DiffSubject.Construct && e.Change == DiffChange.Renamed));
        Assert.Equal(2_000, diff.Entries.Count(e => e.Subject == DiffSubject.Cmoc && e.Change == DiffChange.Renamed));
        Assert.DoesNotContain(diff.Entries, e => e.Subject == DiffSubject.Edge);

        // Nothing in common: nothing pairs, and the near-identical search is not tried on millions of pairs.
        var unrelated = TheoryDiff.Compare(Compile(Theory("old_", "A")), Compile(Theory("new_", "B", "Something else ")));
        Assert.Equal(2_000, unrelated.Entries.Count(e => e.Subject == DiffSubject.Cmoc && e.Change == DiffChange.Removed));
        Assert.DoesNotContain(unrelated.Entries, e => e.Change == DiffChange.Renamed);
    }

    [Fact]
    public void Theory_text_cannot_break_out_of_any_format()
    {
        const string hostile = "a | b `c` <script>alert(1)</script> @smith2020 [x](http://e)\n| --- |";
        var before = Compile("construct a\nconstruct b\nlink a -> b\n");
        var after = Compile($"construct a {SyntaxFacts.QuoteString(hostile)}\nconstruct b\nlink a -> b\n");

        var diff = TheoryDiff.Compare(before, after);
        var markdown = DiffWriter.ToMarkdown(diff);
        var row = markdown.Split('\n').Single(l => l.StartsWith("| changed |", StringComparison.Ordinal));
        // The label is one code span in one cell: no raw pipe, backtick, tag, mention or link outside it.
        Assert.Equal(6, row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|'));
        Assert.Contains("`a \\| b 'c' <script>alert(1)</script> @smith2020 [x](http://e) \\| --- \\|`", row, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', DiffWriter.ToText(diff).Split('\n').Single(l => l.Contains("label", StringComparison.Ordinal)));
        using var json = System.Text.Json.JsonDocument.Parse(Json(diff));
        Assert.Equal(hostile, json.RootElement.GetProperty("entries")[0].GetProperty("details")[0].GetProperty("new").GetString());
    }

    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "t.theory"))]);
}
