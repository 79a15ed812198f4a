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
        Assert.Contains("  context:      CF1 (high), CF2 (low), CO5 (low)", stdout);
        Assert.Contains("  loops:        conflict_trust, momentum", stdout);
    }

    [Fact]
    public void Query_of_an_unknown_construct_is_a_usage_error()
    {
        var (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "query", "construct", "nothing_here", "examples/interorganisational-collaboration");
        Assert.Equal(2, exit);
        Assert.Contains("no theory here declares a construct 'nothing_here'", stderr);
    }
}
