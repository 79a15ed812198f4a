using System.Text.Json;
using System.Text.Json.Nodes;
using Theory.Projects;

namespace Theory.Cli.Tests.Browser;

/// <summary>
/// The report in a real browser: headless Chromium (Debian's, driven by playwright-core from npm)
/// opens the report of every example and of a hostile theory, with no console error and no
/// request to the network; the search finds a construct; clicking it and an edge fills the panel
/// with its claims and quotes; nothing written in the theory runs as script. Screenshots go to
/// artifacts/report-screenshots/.
/// </summary>
public class ReportBrowserTests
{
    private static readonly string Harness = Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Cli.Tests", "Browser");

    private const string Hostile = """
        theory Hostile "</title><script>window.__pwned = true</script>" {
          description "<img src=x onerror=\"window.__pwned = true\">"
        }

        construct trust "</script><script>window.__pwned = true</script>" {
          description "<svg onload=\"window.__pwned = true\"></svg> [x](javascript:alert(1))"
          aliases "<b data-pwned=1>bold</b>"
        }
        construct faith "faith\"><img src=x onerror=alert(1)>"
        construct task "task"

        cmoc C1 "<script>window.__pwned = true</script>": high trust => increased faith -> increased task
          evidence interview "<i>P1</i>" quote "</script><img src=x onerror=\"window.__pwned = true\">", interview "P2"
        """;

    [Fact]
    public void Every_example_and_a_hostile_theory_work_in_a_browser()
    {
        using var temp = new TempDirectory();
        var cases = new JsonArray();
        var expected = new List<(string File, string Search, string Label, string Claim, string EdgeClaim, string? Quote)>();
        var hostile = temp.Write("hostile/hostile.theory", Hostile + "\n");
        var folders = new[] { "greater-manchester", "initial-rough-theory", "interorganisational-collaboration", "intersectoral-partnerships" }
            .Select(e => Path.Combine(TheoryProcess.RepositoryRoot, "examples", e))
            .Append(Path.GetDirectoryName(hostile)!);
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            var html = Path.Combine(temp.Path, name + ".html");
            var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "report", folder, "-o", html);
            Assert.True(exit == 0, stdout + stderr);

            // What to click, and what the panel must then say, from the compiler's own model.
            var compilation = TheoryWorkspace.Load([folder], folder).Compilations.Single();
            var edge = compilation.Web.Edges.FirstOrDefault(e => e.Claims.Any(c => c.Claim.Evidence.Any(x => x.Quote is not null))) ?? compilation.Web.Edges[0];
            var construct = edge.From;
            var claim = compilation.GetUsages(construct).ByRole.First(r => !r.Uses.IsEmpty).Uses[0].Claim.Name;
            var quote = edge.Claims.SelectMany(c => c.Claim.Evidence).Select(x => x.Quote).FirstOrDefault(q => q is not null);
            cases.Add(new JsonObject
            {
                ["file"] = html,
                ["search"] = construct.Name,
                ["construct"] = construct.Name,
                ["edge"] = "edge:" + edge.From.Name + "->" + edge.To.Name,
            });
            expected.Add((html, construct.Name, construct.DisplayName, claim, edge.Claims[0].Claim.Name, quote));
        }

        var casesPath = temp.Write("cases.json", cases.ToJsonString());
        var screenshots = Path.Combine(TheoryProcess.RepositoryRoot, "artifacts", "report-screenshots");
        Directory.CreateDirectory(screenshots);
        NodeModules.EnsureInstalled(Harness, "playwright-core");
        var chromium = Environment.GetEnvironmentVariable("THEORY_CHROMIUM") ?? "/usr/bin/chromium";
        var (code, output, errors) = ProcessRunner.Run("node", ["report-check.js", chromium, screenshots, casesPath], Harness, TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output + errors);

        var results = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(expected.Count, results.Count);
        foreach (var (result, want) in results.Zip(expected))
        {
            var file = Path.GetFileName(want.File);
            Assert.True(result!["problems"]!.AsArray().Count == 0, file + ": " + result["problems"]!.ToJsonString());
            Assert.True((bool)result["panZoom"]!, file + ": pan and zoom did not start");
            Assert.False((bool)result["pwned"]!, file + ": theory text ran as script");
            Assert.Contains(result["results"]!.AsArray(), r => ((string)r!).StartsWith(want.Label, StringComparison.Ordinal));
            Assert.Contains("construct:" + want.Search, result["highlighted"]!.AsArray().Select(h => (string)h!));
            var constructPanel = (string)result["constructPanel"]!;
            Assert.StartsWith(want.Label, constructPanel, StringComparison.Ordinal);
            Assert.Contains(want.Claim, constructPanel, StringComparison.Ordinal);
            var edgePanel = (string)result["edgePanel"]!;
            Assert.Contains(want.EdgeClaim, edgePanel, StringComparison.Ordinal);
            if (want.Quote is not null)
                Assert.Contains(want.Quote, edgePanel, StringComparison.Ordinal);
            Assert.StartsWith("#edge=edge:", (string)result["address"]!, StringComparison.Ordinal);
            Assert.Equal(edgePanel, (string)result["reopenedPanel"]!);
            Assert.True((int)result["tables"]! > 0, file + ": no tables");
            Assert.True(File.Exists(Path.Combine(screenshots, Path.ChangeExtension(file, ".png"))), file + ": no screenshot");
        }
    }
}
