using Theory.Diagnostics;
using Theory.Projects;

namespace Theory.Compiler.Tests.Projects;

/// <summary>
/// Loose files that import one shared file are separate theories, but a file that holds nothing
/// but imports adds nothing to bind or check: such theories share one binding and one run of the
/// checks (2,000 of them took 40 s and 1.8 GB before, binding the shared file 2,000 times), while
/// each keeps its own files and import problems.
/// </summary>
public sealed class SharedImportTests
{
    private const string Root = "/project";

    private const string Shared = """
        construct a "A"
        construct b "B"
        construct orphan
        cmoc S1: high a => increased b -> increased a
        """;

    private static TheoryWorkspace Load(Dictionary<string, string> files) =>
        TheoryWorkspace.Load(["."], new WorkspaceOptions
        {
            BaseDirectory = Root,
            FileProvider = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create(Path.Combine(Root, f.Key), f.Value))),
        });

    private static Theory.Semantics.Compilation Entry(TheoryWorkspace workspace, string file) =>
        workspace.Compilations.Single(c => c.SyntaxTrees[0].FilePath == file);

    private static Dictionary<string, string> Importers(int count, string body = "import \"shared.theory\"\n")
    {
        var files = new Dictionary<string, string> { ["shared.theory"] = Shared };
        for (var i = 0; i < count; i++)
            files[$"case{i:0000}.theory"] = body;
        return files;
    }

    [Fact]
    public void Two_thousand_files_that_only_import_a_shared_file_bind_and_check_it_once()
    {
        var workspace = Load(Importers(2000));

        Assert.Equal(2000, workspace.Compilations.Length);
        var first = workspace.Compilations[0];
        Assert.All(workspace.Compilations, c =>
        {
            Assert.Equal(2, c.SyntaxTrees.Length);
            Assert.Same(first.Web, c.Web);
            Assert.Same(first.GetConstruct("a"), c.GetConstruct("a"));
        });
        // Each finding in the shared file is reported once, not once per importer.
        var diagnostics = workspace.GetDiagnostics();
        Assert.Single(diagnostics, d => d.Id == "TH2009" && d.Message.Contains("orphan", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("shared.theory", d.Location.FilePath));
    }

    [Fact]
    public void A_theory_that_declares_something_of_its_own_is_bound_on_its_own()
    {
        var files = Importers(2);
        files["own.theory"] = "import \"shared.theory\"\nconstruct c\ncmoc O1: high b => increased c -> increased a\n";
        var workspace = Load(files);

        var plain = Entry(workspace, "case0000.theory");
        var own = Entry(workspace, "own.theory");
        Assert.Same(plain.Web, Entry(workspace, "case0001.theory").Web);
        Assert.NotSame(plain.Web, own.Web);
        Assert.Null(plain.GetConstruct("c"));
        Assert.NotNull(own.GetConstruct("c"));
        Assert.Equal(["S1"], plain.Cmocs.Select(c => c.Name));
        Assert.Equal(["O1", "S1"], own.Cmocs.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Import_problems_stay_with_the_importer_that_has_them()
    {
        var files = Importers(3);
        files["broken.theory"] = "import \"shared.theory\"\nimport \"missing.theory\"\n";
        files["other.theory"] = "construct x\n";
        files["both.theory"] = "import \"shared.theory\"\nimport \"other.theory\"\n";
        var workspace = Load(files);

        var unresolved = workspace.GetDiagnostics().Where(d => d.Id == "TH2010").ToList();
        Assert.Equal("broken.theory", Assert.Single(unresolved).Location.FilePath);
        Assert.DoesNotContain(workspace.Compilations[0].GetDiagnostics(), d => d.Id == "TH2010");
        // An importer of a different set of files is a different theory: it sees `x`, the others do not.
        var both = Entry(workspace, "both.theory");
        Assert.NotNull(both.GetConstruct("x"));
        Assert.Null(Entry(workspace, "case0000.theory").GetConstruct("x"));
    }

    [Fact]
    public void An_importer_with_a_syntax_error_is_not_taken_for_one_that_only_imports()
    {
        var files = Importers(2);
        files["typo.theory"] = "import \"shared.theory\"\nconstruct\n";
        var workspace = Load(files);

        var typo = Entry(workspace, "typo.theory");
        Assert.NotSame(workspace.Compilations[0].Web, typo.Web);
        Assert.Contains(typo.GetDiagnostics(), d => d.Id.StartsWith("TH1", StringComparison.Ordinal) && d.Location.FilePath == "typo.theory");
        Assert.DoesNotContain(workspace.Compilations[0].GetDiagnostics(), d => d.Location.FilePath == "typo.theory");
    }

    // A megabyte of comment makes the shared file long without making it slow to bind.
    private static readonly string LongShared = Shared + "\n// " + new string('x', 1024 * 1024) + "\n";

    // Importers that each declare a construct and a CMOC of their own: each is a theory of its own.
    private static void AddImportersWithClaims(Dictionary<string, string> files, int count)
    {
        for (var i = 0; i < count; i++)
            files[$"case{i:00}.theory"] = $"import \"shared.theory\"\nconstruct own{i}\ncmoc O{i}: high a => increased b -> increased own{i}\n";
    }

    [Fact]
    public void Importers_that_each_add_a_claim_bind_the_shared_file_again_only_up_to_the_limit()
    {
        var files = new Dictionary<string, string> { ["shared.theory"] = LongShared };
        AddImportersWithClaims(files, 12);
        var workspace = Load(files);

        // The first theory binds the shared file (a little over 1 MiB); the next seven bind it again; an eighth time would pass 8 MiB.
        var limit = Assert.Single(workspace.LoadDiagnostics, d => d.Id == "TH3011");
        Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
        Assert.Equal("case08.theory", limit.Location.FilePath);
        Assert.Contains("8,388,608 characters: `case08.theory` and the theories after it were not checked", limit.Message, StringComparison.Ordinal);
        Assert.True(workspace.HasLoadErrors);
        Assert.Equal(12, workspace.Compilations.Length);
        Assert.All(workspace.Compilations.Take(8), c => Assert.Equal(2, c.Cmocs.Length));
        Assert.All(workspace.Compilations.Skip(8), c => Assert.Empty(c.Cmocs));
        Assert.Single(workspace.GetDiagnostics(), d => d.Id == "TH3011");
    }

    [Fact]
    public void Importers_that_only_import_never_count_against_the_limit()
    {
        var files = Importers(200);
        files["shared.theory"] = LongShared;
        var workspace = Load(files);

        Assert.False(workspace.HasLoadErrors);
        Assert.All(workspace.Compilations, c => Assert.Single(c.Cmocs));
    }

    [Fact]
    public void A_theory_json_makes_the_importers_one_theory_that_binds_the_shared_file_once()
    {
        var files = new Dictionary<string, string> { ["theory.json"] = "{}", ["shared.theory"] = LongShared };
        AddImportersWithClaims(files, 12);
        var workspace = Load(files);

        Assert.False(workspace.HasLoadErrors);
        Assert.Equal(13, Assert.Single(workspace.Compilations).Cmocs.Length);
    }
}
