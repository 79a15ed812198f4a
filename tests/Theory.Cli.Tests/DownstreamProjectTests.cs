namespace Theory.Cli.Tests;

/// <summary>
/// The source generator as a consumer sees it: a C# project lists .theory files as AdditionalFiles,
/// gets a strongly-typed model at build time, and sees theory errors as build errors at their
/// .theory locations. These run real `dotnet build`s, so they are the slowest tests in the suite.
/// </summary>
[Collection(DotNetBuilds.Name)]
public class DownstreamProjectTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void The_readiness_survey_example_builds_and_scores_the_survey()
    {
        var project = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "readiness-survey");
        var (exit, output) = DotNetProcess.Run(project, BuildTimeout, "build", "ReadinessSurvey.csproj", "-nodeReuse:false", "-warnaserror");
        Assert.True(exit == 0, output);

        var dll = Directory.GetFiles(Path.Combine(project, "bin"), "ReadinessSurvey.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        (exit, output) = DotNetProcess.Run(project, BuildTimeout, dll, Path.Combine(project, "sample-responses.csv"));
        Assert.True(exit == 0, output);
        Assert.Contains("Readiness for collaboration (5 respondents), scored against InterorganisationalCollaboration", output, StringComparison.Ordinal);
        Assert.Contains("Trust", output, StringComparison.Ordinal);
        Assert.Contains("Q9 (reversed)", output, StringComparison.Ordinal);
        Assert.Contains("supports Collaborative behaviour", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Theory_errors_become_build_errors_at_their_theory_locations_and_theory_json_applies()
    {
        using var temp = new TempDirectory();
        var generator = Path.Combine(TheoryProcess.RepositoryRoot, "src", "Theory.SourceGenerator", "Theory.SourceGenerator.csproj");
        var model = Path.Combine(TheoryProcess.RepositoryRoot, "src", "Theory.Model", "Theory.Model.csproj");
        temp.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="*.theory;*.json" />
                <ProjectReference Include="{model}" />
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        temp.Write("Program.cs", "System.Console.WriteLine(Consumer.Theories.ShopTheory.Model.Cmocs.Count);\n");

        // theory.json applies at build time as it does to `theory check`: it lowers the misspelt
        // name (TH2001) to a warning and asks for three sources per CMOC (TH2502), while an error
        // it does not touch (an undeclared stage, TH2003) still fails the build at its place in
        // the .theory file. The readiness-survey test shows a clean theory building and running.
        temp.Write("theory.json", """{ "diagnostics": { "TH2001": "warning" }, "minimumSources": 3 }""");
        temp.Write("shop.theory", "theory Shop {}\nconstruct price\nconstruct demand\nconstruct sales\n"
            + "cmoc A: high price => decreased demand -> decreased sales\n  evidence interview \"Shop owner\", survey \"Customers 2024\"\n"
            + "cmoc B: high price => increased demnd -> decreased sales\n  evidence interview \"Shop owner\", survey \"Customers 2024\"\n  stage late\n");

        var (exit, output) = DotNetProcess.Run(temp.Path, BuildTimeout, "build", "Consumer.csproj", "-nodeReuse:false");
        Assert.NotEqual(0, exit);
        Assert.Matches(@"shop\.theory\(9,\d+\): error TH2003", output);
        Assert.Matches(@"shop\.theory\(7,\d+\): warning TH2001", output);
        Assert.Contains("demnd", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error TH2001", output, StringComparison.Ordinal);
        Assert.Contains("is supported by 2 distinct sources; the project asks for at least 3", output, StringComparison.Ordinal);
    }
}
