using Theory.Diagnostics;
using Theory.Projects;

namespace Theory.Compiler.Tests.Projects;

/// <summary>
/// The workspace: one loader for every host, over a file provider. A project in memory compiles
/// exactly as the same project on disk; an edit reuses every unchanged tree; problems with paths
/// are coded diagnostics; shown paths are relative to the base folder, never the process's.
/// </summary>
public sealed class WorkspaceTests : IDisposable
{
    private const string Root = "/project";

    private static readonly Dictionary<string, string> Project = new()
    {
        ["theory.json"] = """
            {
              "minimumSources": 2,
              "bibliography": ["refs/extra.bib"],
              "diagnostics": { "TH2101": "info" }
            }
            """,
        ["main.theory"] = """
            theory Trust { bibliography "refs/main.bib" }
            import "shared/constructs.theory"
            import "missing.theory"
            cmoc A1: high trust => increased sharing -> increased trust
              evidence @smith2020, @jones2019, @nobody1999
            cmoc A2 { context high trust outcome increased sharing }
            """,
        ["shared/constructs.theory"] = """
            construct trust "Trust"
            construct sharing "Information sharing"
            construct unused
            """,
        ["refs/main.bib"] = "@article{smith2020, author = {Smith, A.}, year = {2020}, title = {T}}\n",
        ["refs/extra.bib"] = "@book{jones2019, author = {Jones, B.}, year = {2019}, title = {U}}\n@book{uncited2000, title = {V}}\n",
    };

    private readonly string _disk = Directory.CreateTempSubdirectory("theory-workspace-").FullName;

    public void Dispose() => Directory.Delete(_disk, recursive: true);

    private static InMemoryFileProvider InMemory(IReadOnlyDictionary<string, string> files, string root = Root) =>
        new(files.Select(f => KeyValuePair.Create(Path.Combine(root, f.Key), f.Value)));

    private static TheoryWorkspace LoadInMemory(IReadOnlyDictionary<string, string> files, params string[] paths) =>
        TheoryWorkspace.Load(paths.Length == 0 ? ["."] : paths, new WorkspaceOptions { BaseDirectory = Root, FileProvider = InMemory(files) });

    private static List<string> Render(TheoryWorkspace workspace) =>
        [.. workspace.GetDiagnostics().Select(d =>
            $"{d.Location.FilePath}({d.Location.LineSpan.Start}) {d.Severity} {d.Id}: {d.Message}"
            + string.Concat(d.RelatedLocations.Select(r => $" | {r.Location.FilePath}({r.Location.LineSpan.Start}): {r.Message}")))];

    [Fact]
    public void A_project_in_memory_compiles_exactly_as_the_same_project_on_disk()
    {
        foreach (var (path, text) in Project)
        {
            var full = Path.Combine(_disk, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var fromDisk = TheoryWorkspace.Load(["."], _disk);
        var fromMemory = LoadInMemory(Project);

        var expected = Render(fromDisk);
        Assert.Equal(expected, Render(fromMemory));
        Assert.Equal(fromDisk.Files.ToArray(), fromMemory.Files.ToArray());
        Assert.Equal(["main.theory", "shared/constructs.theory"], fromMemory.Files.ToArray());

        // The project's pieces all arrived: theory.json (severity and minimum), both .bib files,
        // the import, and the import that leads nowhere.
        Assert.Contains(expected, d => d.Contains("TH2010: cannot import \"missing.theory\": the file does not exist", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("TH2501", StringComparison.Ordinal) && d.Contains("nobody1999", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("Info TH2101", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("TH2504", StringComparison.Ordinal) && d.Contains("uncited2000", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, d => d.Contains("TH2501", StringComparison.Ordinal) && d.Contains("jones2019", StringComparison.Ordinal));
        var compilation = Assert.Single(fromMemory.Compilations);
        Assert.Equal(2, compilation.Bibliographies.Length);
        Assert.Equal(2, compilation.Options.MinimumSources);
    }

    [Fact]
    public void An_edit_reparses_only_the_edited_file_and_updates_the_diagnostics()
    {
        var before = LoadInMemory(Project);
        var edited = before.WithDocumentText("main.theory", Project["main.theory"].Replace("import \"missing.theory\"\n", "", StringComparison.Ordinal));

        var oldTrees = before.Compilations.Single().SyntaxTrees;
        var newTrees = edited.Compilations.Single().SyntaxTrees;
        Assert.NotSame(oldTrees[0], newTrees[0]);
        Assert.Same(oldTrees[1], newTrees[1]);
        Assert.Same(before.Compilations.Single().Bibliographies[0], edited.Compilations.Single().Bibliographies[0]);
        Assert.Contains(Render(before), d => d.Contains("TH2010", StringComparison.Ordinal));
        Assert.DoesNotContain(Render(edited), d => d.Contains("TH2010", StringComparison.Ordinal));

        // The original snapshot is untouched.
        Assert.Contains("missing.theory", before.Compilations.Single().SyntaxTrees[0].Text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_parses_again_only_the_declarations_it_touched()
    {
        var text = string.Concat(Enumerable.Range(0, 30).Select(i => $"construct c{i} \"C {i}\"\ncmoc m{i}: high c{i} => increased c{i} -> increased c{i + 1}\n"));
        var before = LoadInMemory(new Dictionary<string, string> { ["main.theory"] = text });
        Assert.DoesNotContain(Render(before), d => d.Contains("error", StringComparison.Ordinal));

        var edited = before.WithDocumentText("main.theory", text.Replace("\"C 12\"", "\"C twelve\"", StringComparison.Ordinal));
        var tree = edited.Compilations.Single().SyntaxTrees.Single();
        Assert.Equal(3, tree.ReparsedTokens); // construct c12 "C twelve"
        Assert.Equal("C twelve", edited.Compilations.Single().Constructs.Single(c => c.Name == "c12").Label);

        // An edit of an edit starts from the tree the first edit made; the first snapshot keeps its own.
        var again = edited.WithDocumentText("main.theory", tree.Text + "construct late\n");
        Assert.Equal(13, again.Compilations.Single().SyntaxTrees.Single().ReparsedTokens); // the last CMOC and the new construct
        Assert.Equal("C 12", before.Compilations.Single().Constructs.Single(c => c.Name == "c12").Label);
        Assert.Null(before.Compilations.Single().SyntaxTrees.Single().ReparsedTokens);
    }

    [Fact]
    public void A_new_file_joins_the_folder_being_checked_and_a_removed_one_leaves_it()
    {
        var workspace = LoadInMemory(Project);
        var added = workspace.WithDocumentText("/project/more.theory", "construct extra\ncmoc B1: high extra => increased sharing -> increased trust\n");
        Assert.Contains("more.theory", added.Files);
        Assert.Contains(added.Compilations.Single().Constructs, c => c.Name == "extra");

        var removed = added.RemoveDocument("shared/constructs.theory");
        Assert.DoesNotContain("shared/constructs.theory", removed.Files);
        Assert.Contains(Render(removed), d => d.Contains("TH2010: cannot import \"shared/constructs.theory\": the file does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_theory_json_applies_to_the_next_snapshot()
    {
        var workspace = LoadInMemory(Project);
        var edited = workspace.WithDocumentText("theory.json", """{ "minimumSources": 1, "diagnostics": { "TH2101": "none" } }""");
        Assert.Equal(1, edited.Compilations.Single().Options.MinimumSources);
        Assert.DoesNotContain(Render(edited), d => d.Contains("TH2101", StringComparison.Ordinal));
        Assert.Single(edited.Compilations.Single().Bibliographies);
    }

    [Fact]
    public void Problems_with_paths_are_coded_diagnostics_that_make_the_load_fail()
    {
        var files = new Dictionary<string, string>(Project) { ["empty/readme.txt"] = "" };
        var workspace = LoadInMemory(files, "main.theory", "nope.theory", "empty");

        Assert.True(workspace.HasLoadErrors);
        Assert.Equal(
            ["empty: Error TH3007: no .theory files found in directory 'empty'", "nope.theory: Error TH3005: cannot find 'nope.theory': no such file or directory"],
            workspace.LoadDiagnostics.Select(d => $"{d.Location}: {d.Severity} {d.Id}: {d.Message}"));
        Assert.All(workspace.LoadDiagnostics, d => Assert.True(d.Location.IsWholeFile));
        Assert.Single(workspace.Compilations); // what could be read is still checked
    }

    [Fact]
    public void A_source_outside_the_project_is_refused_where_theory_json_names_it()
    {
        var files = new Dictionary<string, string>
        {
            ["theory.json"] = """{ "sources": ["main.theory", "../elsewhere/secret.theory", "gone"] }""",
            ["main.theory"] = "construct a\n",
        };
        var provider = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create(Path.Combine(Root, f.Key), f.Value))
            .Append(KeyValuePair.Create("/elsewhere/secret.theory", "construct secret\n")));
        var workspace = TheoryWorkspace.Load(["."], new WorkspaceOptions { BaseDirectory = Root, FileProvider = provider });

        Assert.Equal(["TH3005", "TH3008"], workspace.LoadDiagnostics.Select(d => d.Id).Order());
        var outside = workspace.LoadDiagnostics.Single(d => d.Id == "TH3008");
        Assert.Equal("theory.json", outside.Location.FilePath);
        Assert.Equal("\"../elsewhere/secret.theory\"", outside.Location.Text.ToString(outside.Location.Span));
        Assert.DoesNotContain(workspace.Compilations.SelectMany(c => c.Constructs), c => c.Name == "secret");
    }

    [Fact]
    public void Syntax_errors_cannot_be_silenced_by_theory_json()
    {
        var files = new Dictionary<string, string>
        {
            ["theory.json"] = """{ "diagnostics": { "TH1001": "none", "TH3005": "info" } }""",
            ["main.theory"] = "construct a\ncmoc X1 { mechansim increased a }\n",
        };
        var workspace = LoadInMemory(files);
        var diagnostics = workspace.GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Id == "TH1001" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "TH3001" && d.Message.Contains("cannot be changed", StringComparison.Ordinal)));
        Assert.True(workspace.Compilations.Single().HasErrors);
    }

    [Fact]
    public void Shown_paths_are_relative_to_the_base_folder_not_the_process()
    {
        var sub = Path.Combine(_disk, "theories");
        Directory.CreateDirectory(sub);
        File.WriteAllText(Path.Combine(sub, "t.theory"), "construct a\nconstruct a\n");

        var fromRoot = TheoryWorkspace.Load(["theories"], _disk);
        var fromSub = TheoryWorkspace.Load(["."], sub);
        var fromElsewhere = TheoryWorkspace.Load([sub], "/");

        Assert.Equal("theories/t.theory", Assert.Single(fromRoot.Files));
        Assert.Equal("t.theory", Assert.Single(fromSub.Files));
        Assert.Equal(sub.TrimStart('/') + "/t.theory", Assert.Single(fromElsewhere.Files));
        Assert.Equal(Path.Combine(sub, "t.theory"), fromRoot.GetFullPath(fromRoot.Compilations[0].SyntaxTrees[0]));
    }

    [Fact]
    public void Without_a_base_folder_the_workspace_refuses_relative_bases()
    {
        Assert.Throws<ArgumentException>(() => TheoryWorkspace.Load(["x.theory"], "relative/base"));
    }

    [Fact]
    public void The_order_paths_are_given_in_changes_nothing()
    {
        var files = new Dictionary<string, string>
        {
            ["b.theory"] = "construct b1\nconstruct b2\nlink high b1 -> increased b2\n",
            ["a.theory"] = "import \"shared.theory\"\nconstruct a1\nlink high a1 -> increased s\n",
            ["shared.theory"] = "construct s\n",
            ["other/c.theory"] = "construct c1\nconstruct c2\nlink high c1 -> increased c2\n",
        };
        string Describe(TheoryWorkspace w) => string.Join(" | ", w.Compilations.Select(c => string.Join(",", c.SyntaxTrees.Select(t => t.FilePath))))
            + " || " + string.Join(",", w.Files);

        var forwards = Describe(LoadInMemory(files, "a.theory", "b.theory", "other/c.theory"));
        Assert.Equal(forwards, Describe(LoadInMemory(files, "other/c.theory", "b.theory", "a.theory")));
        Assert.Equal(forwards, Describe(LoadInMemory(files, "b.theory", "other/c.theory", "a.theory")));
        Assert.Equal("a.theory,shared.theory | b.theory | other/c.theory || a.theory,b.theory,shared.theory,other/c.theory", forwards);
    }
}
