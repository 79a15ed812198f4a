using Theory.Projects;

namespace Theory.Compiler.Tests.Projects;

/// <summary>
/// A theory that refines another, checked with it: the refined theory must be there (TH2016), and
/// each construct declared again is listed (TH2017), with the project's severities.
/// </summary>
public class RefinementTests
{
    private static TheoryWorkspace Load(Dictionary<string, string> files, params string[] paths) =>
        TheoryWorkspace.Load(paths.Length == 0 ? ["."] : paths, new WorkspaceOptions
        {
            BaseDirectory = "/phases",
            FileProvider = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create("/phases/" + f.Key, f.Value))),
        });

    private const string Phase1 = "theory Phase1 {}\nconstruct trust\nconstruct faith\nlink L: high trust -> increased faith\n";

    [Fact]
    public void Constructs_declared_again_by_a_refinement_are_listed_with_the_earlier_declaration()
    {
        var workspace = Load(new()
        {
            ["phase1.theory"] = Phase1,
            ["phase2.theory"] = "theory Phase2 { refines Phase1 }\nconstruct trust \"Refined\"\nconstruct conflict\nlink M: high conflict -> decreased trust\n",
        });
        var redefined = workspace.GetDiagnostics().Where(d => d.Id == "TH2017").ToList();
        var only = Assert.Single(redefined);
        Assert.Equal("construct `trust` is declared again here, refining construct `trust` of theory `Phase1`", only.Message);
        Assert.EndsWith("phase1.theory", Assert.Single(only.RelatedLocations).Location.FilePath);
        Assert.DoesNotContain(workspace.GetDiagnostics(), d => d.Id == "TH2016");
    }

    [Fact]
    public void A_refined_theory_missing_from_the_workspace_is_a_warning_with_a_suggestion_and_a_lone_theory_is_not()
    {
        var refining = "theory Phase2 { refines Phase0 }\nconstruct x\nconstruct y\nlink L: high x -> increased y\n";
        var workspace = Load(new() { ["phase1.theory"] = Phase1, ["phase2.theory"] = refining });
        var missing = Assert.Single(workspace.GetDiagnostics(), d => d.Id == "TH2016");
        Assert.Contains("no theory here is called `Phase0`; did you mean `Phase1`?", missing.Message);

        Assert.DoesNotContain(Load(new() { ["phase2.theory"] = refining }).GetDiagnostics(), d => d.Id == "TH2016");
    }

    [Fact]
    public void The_refining_project_sets_their_severity()
    {
        var workspace = Load(new()
        {
            ["phase1/phase1.theory"] = Phase1,
            ["phase2/phase2.theory"] = "theory Phase2 { refines Phase1 }\nconstruct trust\nconstruct faith\nlink L: high trust -> increased faith\n",
            ["phase2/theory.json"] = "{ \"diagnostics\": { \"TH2017\": \"none\" } }",
        }, "phase1", "phase2");
        Assert.Equal(2, workspace.Compilations.Length);
        Assert.DoesNotContain(workspace.GetDiagnostics(), d => d.Id == "TH2017");
    }
}
