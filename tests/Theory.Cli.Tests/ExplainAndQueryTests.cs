namespace Theory.Cli.Tests;

public class ExplainAndQueryTests
{
    [Fact]
    public void Explain_prints_the_documentation_page()
    {
        var (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "explain", "th2201");
        Assert.Equal(0, exit);
        Assert.StartsWith("# TH2201: Undeclared cycle", stdout);
        Assert.Contains("## Fix", stdout);
    }

    [Fact]
    public void Explain_without_an_id_lists_every_diagnostic_and_rejects_unknown_ids()
    {
        var (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "explain");
        Assert.Equal(0, exit);
        Assert.Contains("TH2301  error    Contradictory claims", stdout);
        (exit, _, var stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "explain", "TH9999");
        Assert.Equal(2, exit);
        Assert.Contains("not a Theory diagnostic ID", stderr);
    }

    [Fact]
    public void Query_paths_lists_paths_with_net_signs()
    {
        var (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot,
            "query", "paths", "--from", "coordination", "--to", "patient_coverage", "examples/interorganisational-collaboration");
        Assert.Equal(0, exit);
        Assert.Contains("2 paths from `coordination` to `patient_coverage`:", stdout);
        Assert.Contains("  +  coordination -> patient_coverage", stdout);
        Assert.Contains("  -  coordination -> consolidation -> travel_distance -> patient_coverage", stdout);
        Assert.Contains("Net effect: ambiguous", stdout);
    }

    [Fact]
    public void Query_construct_lists_roles_and_accepts_an_alias()
    {
        var (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot,
            "query", "construct", "interorganisational_trust", "examples/interorganisational-collaboration");
        Assert.Equal(0, exit);
        Assert.StartsWith("construct `trust` \"Trust\" (cognitive)", stdout);
        Assert.Contains("  context:      CF1 (threshold), CF2 (low), CO5 (low)", stdout);
        Assert.Contains("  loops:        conflict_trust, momentum, synergy", stdout);
    }

    [Fact]
    public void Query_of_an_unknown_construct_is_a_usage_error()
    {
        var (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "query", "construct", "nothing_here", "examples/interorganisational-collaboration");
        Assert.Equal(2, exit);
        Assert.Contains("no theory here declares a construct 'nothing_here'", stderr);
    }

    // Layers of five constructs, each feeding every construct of the next layer: 5^(layers-1)
    // paths from the first to the last, half of them negative.
    private static string Layered(int layers)
    {
        var text = new System.Text.StringBuilder("construct start\nconstruct finish\n");
        for (var l = 0; l < layers; l++)
            for (var i = 0; i < 5; i++)
                text.Append($"construct n{l}_{i}\n");
        for (var i = 0; i < 5; i++)
        {
            text.Append($"link S{i}: high start -> {(i == 0 ? "decreased" : "increased")} n0_{i}\n");
            text.Append($"link F{i}: high n{layers - 1}_{i} -> increased finish\n");
        }

        for (var l = 0; l + 1 < layers; l++)
            for (var i = 0; i < 5; i++)
                for (var j = 0; j < 5; j++)
                    text.Append($"link L{l}_{i}_{j}: high n{l}_{i} -> increased n{l + 1}_{j}\n");
        return text.ToString();
    }

    [Fact]
    public void Query_paths_states_how_many_paths_it_left_out_and_judges_the_net_effect_on_all_of_them()
    {
        using var temp = new TempDirectory();
        temp.Write("web.theory", Layered(3));
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "start", "--to", "finish", "--max-paths", "3", "web.theory");
        Assert.Equal(0, exit);
        Assert.Contains("The first 3 of 125 paths from `start` to `finish`:", stdout);
        // The three listed all start through the one negative first edge; the 100 positive paths
        // are not listed, and the net effect still counts them.
        Assert.Equal(3, stdout.Split('\n').Count(l => l.StartsWith("  -  ", StringComparison.Ordinal)));
        Assert.DoesNotContain("  +  ", stdout);
        Assert.Contains("Net effect: ambiguous", stdout);
        Assert.Contains("(over all 125 paths: +, -)", stdout);
    }

    [Fact]
    public void Query_paths_that_stops_at_its_step_limit_says_so_in_the_text_the_json_and_the_exit_code()
    {
        using var temp = new TempDirectory();
        temp.Write("web.theory", Layered(12));
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "start", "--to", "finish", "--max-length", "13", "web.theory");
        Assert.Equal(4, exit);
        Assert.Contains("The first 100 of at least ", stdout);
        Assert.Contains("The search stopped at its limit of 1,000,000 steps", stdout);

        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "start", "--to", "finish", "--max-length", "13", "--format", "json", "web.theory");
        Assert.Equal(4, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(100, json.RootElement.GetProperty("listed").GetInt32());
        Assert.True(json.RootElement.GetProperty("pathCount").GetInt32() > 100);
    }

    [Fact]
    public void Query_paths_asks_under_a_circumstance_and_says_when_one_would_add_paths()
    {
        using var temp = new TempDirectory();
        temp.Write("web.theory", """
            typology Kind { merger buddying }
            construct p
            construct q
            construct r
            construct strain
            link PQ: high p -> increased q
            link PR: high p -> increased r
            link RQ: high r -> decreased q
              when high strain
            link PQM: high p -> decreased q
              for Kind.merger
            """);
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "p", "--to", "q", "web.theory");
        Assert.Equal(0, exit);
        Assert.Contains("1 path from `p` to `q`:", stdout);
        Assert.Contains("Net effect: positive.", stdout);
        Assert.Contains("Claims made under other circumstances add edges on the way (`when high strain`)", stdout);

        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "p", "--to", "q", "--when", "high strain", "web.theory");
        Assert.Equal(0, exit);
        Assert.Contains("2 paths from `p` to `q` under `when high strain`:", stdout);
        Assert.Contains("  -  p -> r -> q    [PR, RQ]", stdout);
        Assert.Contains("Net effect: ambiguous", stdout);

        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "p", "--to", "q", "--for", "merger", "web.theory");
        Assert.Equal(0, exit);
        Assert.Contains("  -  p -> q    [PQM]", stdout);
        Assert.Contains("Net effect: negative.", stdout);

        (exit, _, var stderr) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "p", "--to", "q", "--when", "high strain", "--unless", "high strain", "web.theory");
        Assert.Equal(2, exit);
        Assert.Contains("cannot hold", stderr);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "query", "paths", "--from", "p", "--to", "q", "--for", "alliance", "web.theory");
        Assert.Equal(2, exit);
        Assert.Contains("no type `alliance`", stderr);
    }
}
