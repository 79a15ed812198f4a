namespace Theory.Cli.Tests;

/// <summary>`theory new`: the scaffolded repository checks clean and carries a CI workflow.</summary>
public class NewCommandTests
{
    [Fact]
    public void A_new_repository_checks_clean()
    {
        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "new", "demo");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Created theory Demo in demo", stdout, StringComparison.Ordinal);

        var root = Path.Combine(temp.Path, "demo");
        foreach (var file in new[] { "theory.json", "demo.theory", "references.bib", "README.md", ".gitignore", Path.Combine(".github", "workflows", "theory.yml") })
            Assert.True(File.Exists(Path.Combine(root, file)), file);
        var workflow = File.ReadAllText(Path.Combine(root, ".github", "workflows", "theory.yml"));
        Assert.Contains("dotnet tool install --global Theory.Cli", workflow, StringComparison.Ordinal);
        Assert.Contains("theory check --format github", workflow, StringComparison.Ordinal);

        // `theory check` with no arguments, from inside the new repository, as its README says.
        (exit, stdout, stderr) = TheoryProcess.Run(root, "check");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("Checked 1 file: no problems found.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Awkward_names_and_titles_still_give_a_valid_theory()
    {
        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "new", "9 lives!", "--title", "The \"best\" \\ theory", "-o", "repo");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Created theory Theory9Lives", stdout, StringComparison.Ordinal);
        (exit, stdout, stderr) = TheoryProcess.Run(Path.Combine(temp.Path, "repo"), "check");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("no problems found", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_folder_is_not_overwritten()
    {
        using var temp = new TempDirectory();
        temp.Write("demo/notes.txt", "mine");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "new", "demo");
        Assert.Equal(2, exit);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "demo", "notes.txt")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "demo", "theory.json")));

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "new", "!!!");
        Assert.Equal(2, exit);
        Assert.Contains("no letters or digits", stderr, StringComparison.Ordinal);
    }
}
