namespace Theory.Cli.Tests;

/// <summary>
/// docs/tutorial.md is a test: its steps are replayed as a new user would follow them (theory new,
/// then the theory snippets in order), and each check must say what the tutorial says it says.
/// </summary>
public class TutorialTests
{
    [Fact]
    public void The_tutorial_works_as_written()
    {
        var tutorial = File.ReadAllText(Path.Combine(TheoryProcess.RepositoryRoot, "docs", "tutorial.md"));
        var snippets = Blocks(tutorial).Where(b => b.Language == "theory").Select(b => b.Content).ToList();
        Assert.Equal(5, snippets.Count); // [0] is an excerpt of the starter theory; [1]..[4] are added in steps 4 and 5.

        using var temp = new TempDirectory();
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "new", "stroke-rehab");
        Assert.True(exit == 0, stderr);
        var root = Path.Combine(temp.Path, "stroke-rehab");
        var file = Path.Combine(root, "stroke-rehab.theory");
        (exit, stdout, _) = TheoryProcess.Run(root, "check");
        Assert.Contains("Checked 1 file: no problems found.", stdout, StringComparison.Ordinal);
        foreach (var line in snippets[0].Split('\n').Where(l => l.StartsWith("construct ", StringComparison.Ordinal)))
            Assert.Contains(line, File.ReadAllText(file), StringComparison.Ordinal);

        // Step 4: two mistakes, then the fix.
        File.AppendAllText(file, "\n" + snippets[1]);
        (exit, stdout, _) = TheoryProcess.Run(root, "check");
        Assert.Equal(1, exit);
        foreach (var expected in ExpectedOutput(tutorial, "## 4.").Split('\n').Where(l => l.Length > 0))
            Assert.Contains(expected, stdout, StringComparison.Ordinal);
        File.WriteAllText(file, File.ReadAllText(file).Replace(snippets[1], snippets[2], StringComparison.Ordinal));
        (exit, stdout, _) = TheoryProcess.Run(root, "check");
        Assert.True(exit == 0, stdout);
        Assert.Contains("no problems found", stdout, StringComparison.Ordinal);

        // Step 5: the loop is found, then declared.
        File.AppendAllText(file, "\n" + snippets[3]);
        (exit, stdout, _) = TheoryProcess.Run(root, "check");
        Assert.Equal(1, exit);
        foreach (var expected in ExpectedOutput(tutorial, "## 5.").Split('\n').Where(l => l.Length > 0))
            Assert.Contains(expected, stdout, StringComparison.Ordinal);
        File.AppendAllText(file, "\n" + snippets[4]);
        (exit, stdout, _) = TheoryProcess.Run(root, "check");
        Assert.True(exit == 0, stdout);

        // Step 6: the query prints what the tutorial shows.
        (exit, stdout, _) = TheoryProcess.Run(root, "query", "paths", "--from", "staff_training", "--to", "patient_access");
        Assert.Equal(0, exit);
        Assert.Equal(ExpectedOutput(tutorial, "## 6.").Trim(), stdout.Trim());

        // Step 7: the build (SVG needs Graphviz, which the other build tests require anyway).
        (exit, stdout, stderr) = TheoryProcess.Run(root, "build", "--no-svg");
        Assert.True(exit == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(root, "out", "StrokeRehab.cmocs.csv")));

        // Step 7, for the team and the paper: the report and a journal figure.
        BuildCommandTests.RequireGraphviz();
        (exit, stdout, stderr) = TheoryProcess.Run(root, "report", "-o", "report.html");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("Staff confidence in the pathway", File.ReadAllText(Path.Combine(root, "report.html")), StringComparison.Ordinal);
        (exit, stdout, stderr) = TheoryProcess.Run(root, "graph", "--width", "176mm", "--format", "pdf", "-o", "figure1.pdf");
        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(root, "figure1.pdf")), StringComparison.Ordinal);
    }

    /// <summary>The first block without a language after a heading: the output the tutorial promises.</summary>
    private static string ExpectedOutput(string tutorial, string heading)
    {
        var start = tutorial.IndexOf(heading, StringComparison.Ordinal);
        return Blocks(tutorial).First(b => b.Start > start && b.Language.Length == 0).Content;
    }

    /// <summary>The fenced code blocks of a Markdown text, in order, with their language and position.</summary>
    private static List<(int Start, string Language, string Content)> Blocks(string markdown)
    {
        var blocks = new List<(int, string, string)>();
        var position = 0;
        (int Start, string Language, System.Text.StringBuilder Content)? open = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (open is { } block)
                {
                    blocks.Add((block.Start, block.Language, block.Content.ToString()));
                    open = null;
                }
                else
                {
                    open = (position, line[3..].Trim(), new System.Text.StringBuilder());
                }
            }
            else
            {
                open?.Content.Append(line).Append('\n');
            }

            position += line.Length + 1;
        }

        return blocks;
    }
}
