using Theory.Projects;
using Theory.Refactoring;
using Theory.Symbols;

namespace Theory.Compiler.Tests.Refactoring;

/// <summary>
/// Rename across files: every use by name changes, uses by alias and label keep their text, and a
/// rename that would change what a reference means is refused with the reason.
/// </summary>
public class RenamerTests
{
    private const string Root = "/theory";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["main.theory"] = """
            import "constructs.theory"
            stages early < late
            theme synergy "Synergy" {
              cmoc C1 {
                context   high trust
                mechanism increased faith
                outcome   increased Trust_Level
                stage     early
                evidence  interview "P1"
              }
              cmoc C2: high partner_trust => increased faith -> increased trust_level
                stage late
            }
            chain c: C1 -> C2
            link synergy -> trust
            """,
        ["constructs.theory"] = """
            construct trust "Partner trust" { aliases "reliance" }
            construct faith
            construct trust_level "Trust level" { specialises trust }
            feedback f: trust -> faith -> trust
            measure Q1 { indicates trust }
            """,
    };

    private static TheoryWorkspace Load(Dictionary<string, string>? files = null) =>
        TheoryWorkspace.Load([Root], new WorkspaceOptions
        {
            BaseDirectory = Root,
            FileProvider = new InMemoryFileProvider((files ?? Files).Select(f => KeyValuePair.Create($"{Root}/{f.Key}", f.Value))),
        });

    private static Dictionary<string, string> Apply(RenameResult result)
    {
        Assert.True(result.Succeeded, result.Error);
        return result.Changes.ToDictionary(c => c.Tree.FilePath, c => c.GetNewText());
    }

    [Fact]
    public void A_construct_is_renamed_in_every_file_and_every_kind_of_reference()
    {
        var changed = Apply(Renamer.Rename(Load(), "trust", "mutual_trust"));
        Assert.Equal(
            """
            construct mutual_trust "Partner trust" { aliases "reliance" }
            construct faith
            construct trust_level "Trust level" { specialises mutual_trust }
            feedback f: mutual_trust -> faith -> mutual_trust
            measure Q1 { indicates mutual_trust }
            """,
            changed["constructs.theory"]);
        Assert.Contains("context   high mutual_trust", changed["main.theory"], StringComparison.Ordinal);
        Assert.Contains("link synergy -> mutual_trust", changed["main.theory"], StringComparison.Ordinal);
        // Written with the label ("Partner trust" as partner_trust): still refers to the construct, keeps its text.
        Assert.Contains("cmoc C2: high partner_trust =>", changed["main.theory"], StringComparison.Ordinal);
        // Another construct whose name merely contains the word is untouched, in either spelling.
        Assert.Contains("increased Trust_Level", changed["main.theory"], StringComparison.Ordinal);
        Assert.Contains("increased trust_level", changed["main.theory"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_renamed_theory_means_what_it_meant()
    {
        var workspace = Load();
        var result = Renamer.Rename(workspace, "trust", "mutual_trust");
        var after = workspace;
        foreach (var change in result.Changes)
            after = after.WithDocumentText(workspace.GetFullPath(change.Tree)!, change.GetNewText());
        var before = workspace.Compilations.Single();
        var renamed = after.Compilations.Single();
        Assert.Equal(before.GetDiagnostics().Select(d => d.Id), renamed.GetDiagnostics().Select(d => d.Id));
        static string Renamed(string name) => name == "trust" ? "mutual_trust" : name;
        Assert.Equal(
            before.Web.Edges.Select(e => $"{Renamed(e.From.Name)} {Renamed(e.To.Name)} {e.Sign}"),
            renamed.Web.Edges.Select(e => $"{e.From.Name} {e.To.Name} {e.Sign}"));
    }

    [Fact]
    public void A_cmoc_a_group_and_a_stage_are_renamed_where_they_are_used()
    {
        var cmoc = Apply(Renamer.Rename(Load(), "C1", "CF1.1"))["main.theory"];
        Assert.Contains("cmoc CF1.1 {", cmoc, StringComparison.Ordinal);
        Assert.Contains("chain c: CF1.1 -> C2", cmoc, StringComparison.Ordinal);

        var group = Apply(Renamer.Rename(Load(), "synergy", "collaboration"))["main.theory"];
        Assert.Contains("theme collaboration \"Synergy\"", group, StringComparison.Ordinal);
        Assert.Contains("link collaboration -> trust", group, StringComparison.Ordinal);

        var stage = Apply(Renamer.Rename(Load(), "late", "sustain"))["main.theory"];
        Assert.Contains("stages early < sustain", stage, StringComparison.Ordinal);
        Assert.Contains("stage sustain", stage, StringComparison.Ordinal);
        Assert.Contains("stage     early", stage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trust", "faith", null, "a construct named `faith` already exists")]
    [InlineData("faith", "reliance", null, "`reliance` already refers to construct `trust`")]
    [InlineData("faith", "synergy", null, "a group is named `synergy`")]
    [InlineData("synergy", "faith", null, "refers to construct `faith`")]
    [InlineData("C1", "C2", null, "a CMOC with ID `C2` already exists")]
    [InlineData("early", "late", null, "a stage named `late` already exists")]
    [InlineData("trust", "two words", null, "cannot name a construct")]
    [InlineData("trust", "if", null, "cannot name a construct")]
    [InlineData("trust", "a.b", null, "cannot name a construct")]
    [InlineData("early", "atemporal", null, "cannot name a stage")]
    [InlineData("nobody", "x", null, "no construct, CMOC, group or stage is named `nobody`")]
    [InlineData("trust", "x", SymbolKind.Cmoc, "no CMOC is named `trust`")]
    public void A_rename_that_would_change_meaning_or_cannot_parse_is_refused(string oldName, string newName, SymbolKind? kind, string reason)
    {
        var result = Renamer.Rename(Load(), oldName, newName, kind);
        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void A_name_shared_by_a_construct_and_a_cmoc_needs_its_kind()
    {
        var files = new Dictionary<string, string> { ["t.theory"] = "construct x\nconstruct y\ncmoc x: x -> y\n" };
        var refused = Renamer.Rename(Load(files), "x", "z");
        Assert.Contains("names a construct and a CMOC", refused.Error, StringComparison.Ordinal);
        var renamed = Apply(Renamer.Rename(Load(files), "x", "z", SymbolKind.Cmoc));
        Assert.Equal("construct x\nconstruct y\ncmoc z: x -> y\n", renamed["t.theory"]);
    }

    [Fact]
    public void Rename_at_a_position_finds_the_symbol_under_the_cursor()
    {
        var workspace = Load();
        var tree = workspace.Compilations.Single().SyntaxTrees.Single(t => t.FilePath == "main.theory");
        var text = tree.Text.ToString();
        var position = text.IndexOf("increased faith", StringComparison.Ordinal) + "increased f".Length;
        var changed = Apply(Renamer.RenameAt(workspace, tree, position, "belief"));
        Assert.Contains("construct belief", changed["constructs.theory"], StringComparison.Ordinal);
        Assert.Contains("feedback f: trust -> belief -> trust", changed["constructs.theory"], StringComparison.Ordinal);

        var onKeyword = Renamer.RenameAt(workspace, tree, text.IndexOf("mechanism", StringComparison.Ordinal) + 2, "x");
        Assert.Contains("nothing to rename here", onKeyword.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_to_the_same_name_changes_nothing()
    {
        var result = Renamer.Rename(Load(), "trust", "trust");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Changes);
    }
}
