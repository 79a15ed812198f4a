using Theory.Emit;
using Theory.Projects;
using Theory.Semantics;

namespace Theory.Compiler.Tests.Projects;

/// <summary>The library decides what a build writes and where; hosts only render and write.</summary>
public class BuildPlanTests
{
    private static TheoryWorkspace Load(Dictionary<string, string> files, params string[] paths) =>
        TheoryWorkspace.Load(paths, new WorkspaceOptions
        {
            BaseDirectory = "/work",
            FileProvider = new InMemoryFileProvider(files.Select(f => KeyValuePair.Create("/work/" + f.Key, f.Value))),
        });

    [Fact]
    public void Each_project_writes_to_its_own_output_unless_one_folder_is_asked_for()
    {
        var workspace = Load(new()
        {
            ["a/theory.json"] = """{ "output": "build/figures" }""",
            ["a/a.theory"] = "theory A {}\nconstruct x\nconstruct y\nlink x -> y\n",
            ["b/b.theory"] = "theory B {}\nconstruct x\nconstruct y\nlink x -> y\n",
        }, "a", "b/b.theory");

        var plan = BuildPlan.Create(workspace);
        Assert.Null(plan.Clash);
        Assert.Equal(["/work/a/build/figures", "/work/out"], plan.Targets.Select(t => t.OutputDirectory));
        Assert.Equal(["a/build/figures", "out"], plan.Targets.Select(t => t.DisplayDirectory));
        Assert.All(plan.Targets, t => Assert.Null(t.InvalidMarker));

        var together = BuildPlan.Create(workspace, "site");
        Assert.All(together.Targets, t => Assert.Equal("/work/site", t.OutputDirectory));
    }

    [Fact]
    public void Two_theories_of_the_same_name_in_one_folder_are_a_clash_however_the_folder_is_written()
    {
        var workspace = Load(new()
        {
            ["one/t.theory"] = "theory Same {}\nconstruct x\n",
            ["two/t.theory"] = "theory Same {}\nconstruct y\n",
        }, "one", "two");

        Assert.Equal("/work/x/Same.web.dot", BuildPlan.Create(workspace, "x/../x/").Clash);
    }

    [Fact]
    public void Paths_inside_outputs_are_relative_to_the_project_and_a_theory_with_errors_gets_a_marker()
    {
        var workspace = Load(new()
        {
            ["p/theory.json"] = "{}",
            ["p/src/t.theory"] = "theory T {}\ncmoc A: high x => increased y -> increased z evidence interview \"x\"\n",
        }, "p");

        var target = Assert.Single(BuildPlan.Create(workspace).Targets);
        Assert.NotNull(target.InvalidMarker);
        Assert.Equal("T.INVALID.txt", target.InvalidMarkerFileName);
        Assert.Contains("\nsrc/t.theory(2,", target.InvalidMarker.GetText(), StringComparison.Ordinal);
        Assert.Contains("\"file\": \"src/t.theory\"", target.Artifacts.Single(a => a.Format == ArtifactFormat.Json).GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Library_queries_answer_what_the_command_line_prints()
    {
        var workspace = Load(new()
        {
            ["t.theory"] = """
                construct trust
                construct conflict
                construct progress
                cmoc A: high trust => increased progress -> decreased conflict
                cmoc B: high conflict => decreased trust -> increased progress
                link trust -> progress
                """,
        }, "t.theory");
        var compilation = Assert.Single(workspace.Compilations);
        var trust = compilation.GetConstruct("trust")!;

        var usages = compilation.GetUsages(trust);
        Assert.Equal(["A"], usages.AsContext.Select(u => u.Claim.Name));
        Assert.Equal(["B"], usages.AsMechanism.Select(u => u.Claim.Name));
        Assert.Single(usages.AsLinkSource);
        Assert.Equal("trust", compilation.SuggestConstruct("trusst"));
        Assert.Null(compilation.SuggestConstruct("completely_different"));

        Assert.Equal(NetEffect.None, NetEffects.Of([]));
        var opposing = Assert.Single(Load(new()
        {
            ["o.theory"] = "construct x\nconstruct y\nconstruct z\nlink high x -> increased y\nlink high x -> increased z\nlink high z -> decreased y\n",
        }, "o.theory").Compilations);
        var paths = opposing.Web.FindPaths(opposing.GetConstruct("x")!, opposing.GetConstruct("y")!);
        Assert.Equal(2, paths.Length);
        Assert.Equal(NetEffect.Ambiguous, NetEffects.Of(paths));
        Assert.Equal(NetEffect.Positive, NetEffects.Of(paths.Take(1).Where(p => p.Edges.Length == 1)));
    }
}
