namespace Theory.Cli.Tests;

/// <summary>`theory diff` from the command line: folders, git revisions (read without a checkout) and refinements.</summary>
public class DiffCommandTests
{
    private const string Before = "theory T {}\nconstruct a \"Trust\"\nconstruct b\nconstruct m\ncmoc C1: high a => increased m -> increased b\n";
    private const string After = "theory T {}\nconstruct trust \"Trust\"\nconstruct b\nconstruct m\ncmoc C1: low trust => increased m -> decreased b\n";

    private static void Git(string folder, params string[] args)
    {
        var (exit, stdout, stderr) = ProcessRunner.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args], folder, TimeSpan.FromSeconds(30));
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Two_git_revisions_of_a_folder_are_compared_without_touching_the_working_copy()
    {
        using var temp = new TempDirectory();
        var theory = temp.Write("repo/theory/t.theory", Before);
        var repo = Path.Combine(temp.Path, "repo");
        Git(repo, "init", "-q");
        Git(repo, "add", ".");
        Git(repo, "commit", "-q", "-m", "phase 1");
        File.WriteAllText(theory, After);
        Git(repo, "commit", "-q", "-am", "phase 2");
        File.WriteAllText(theory, "this working copy is not a theory {");

        var (exit, stdout, stderr) = TheoryProcess.Run(repo, "diff", "HEAD~1", "HEAD", "theory");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("~ a -> trust", stdout, StringComparison.Ordinal);
        Assert.Contains("context: \"high trust\" -> \"low trust\"", stdout, StringComparison.Ordinal);
        Assert.Contains("* m -> b\n      sign: \"+\" -> \"-\"", stdout, StringComparison.Ordinal);
        Assert.Equal("this working copy is not a theory {", File.ReadAllText(theory));

        (exit, stdout, stderr) = TheoryProcess.Run(repo, "diff", "HEAD~1", "HEAD", "theory", "--format", "json");
        Assert.True(exit == 0, stdout + stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("renamed", json.RootElement.GetProperty("entries")[0].GetProperty("change").GetString());

        (exit, _, stderr) = TheoryProcess.Run(repo, "diff", "--output=x", "HEAD", "theory");
        Assert.Equal(2, exit);
        Assert.Contains("is not a revision", stderr, StringComparison.Ordinal);
        (exit, _, stderr) = TheoryProcess.Run(repo, "diff", "no-such-branch", "HEAD", "theory");
        Assert.Equal(2, exit);
        Assert.Contains("'no-such-branch' is not a commit", stderr, StringComparison.Ordinal);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "diff", "HEAD~1", "HEAD", "elsewhere");
        Assert.Equal(2, exit);
        Assert.Contains("git:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_folders_are_compared_and_markdown_is_ready_for_a_pull_request()
    {
        using var temp = new TempDirectory();
        temp.Write("v1/t.theory", Before);
        temp.Write("v2/t.theory", After);

        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "diff", "v1", "v2", "-f", "markdown");
        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("## Theory diff: `T` → `T`", stdout, StringComparison.Ordinal);
        Assert.Contains("| renamed | `a` → `trust` | | | |", stdout, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "diff", "v1");
        Assert.Equal(2, exit);
        Assert.Contains("OLD NEW", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refinement_is_diffed_against_the_theory_it_refines()
    {
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "diff", "--refinement", "examples");
        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("theory diff: InitialRoughTheory -> InterorganisationalCollaboration\n  before: 0 contexts, 0 mechanisms, 0 outcomes; 0 CMOCs, 5 links\n  after:  34 contexts", stdout, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "diff", "--refinement", "examples/greater-manchester");
        Assert.Equal(2, exit);
        Assert.Contains("refines another theory there", stderr, StringComparison.Ordinal);
    }
}
