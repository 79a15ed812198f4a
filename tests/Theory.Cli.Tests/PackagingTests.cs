using System.IO.Compression;

namespace Theory.Cli.Tests;

/// <summary>
/// `dotnet pack` gives a .NET tool that installs and runs, and NuGet packages with the right layout
/// (the generator's dependencies beside it under analyzers/dotnet/cs). The tool is packed from the
/// build the tests already ran (--no-build); the libraries are built incrementally first.
/// </summary>
[Collection(DotNetBuilds.Name)]
public class PackagingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Library_packages_carry_metadata_and_the_generator_its_dependencies()
    {
        using var temp = new TempDirectory();
        // One MSBuild run packs the three libraries (each `dotnet pack` would start MSBuild anew).
        // Not --no-build: `dotnet test` builds only what the tests reference, and the generator is not among it.
        var projects = string.Join(";", new[] { "Theory.Compiler", "Theory.Model", "Theory.SourceGenerator" }
            .Select(p => Path.Combine(TheoryProcess.RepositoryRoot, "src", p, p + ".csproj")));
        var traversal = temp.Write("pack.proj", $"""
            <Project>
              <Target Name="Pack">
                <MSBuild Projects="{projects}" Targets="Restore" Properties="Configuration={DotNetBuilds.Configuration}" />
                <MSBuild Projects="{projects}" Targets="Pack" Properties="Configuration={DotNetBuilds.Configuration};PackageOutputPath={temp.Path}" />
              </Target>
            </Project>
            """);
        var (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "msbuild", traversal, "-t:Pack", "-nodeReuse:false", "-v:m");
        Assert.True(exit == 0, output);

        using (var generator = ZipFile.OpenRead(Path.Combine(temp.Path, "Theory.SourceGenerator.0.1.0.nupkg")))
        {
            var entries = generator.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/Theory.SourceGenerator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Theory.Compiler.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Antlr4.Runtime.Standard.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/System.Text.Json.dll", entries); // theory.json, on compilers that run on .NET Framework
            Assert.Contains("build/Theory.SourceGenerator.props", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        }

        using var compiler = ZipFile.OpenRead(Path.Combine(temp.Path, "Theory.Compiler.0.1.0.nupkg"));
        Assert.Contains("lib/net10.0/Theory.Compiler.dll", compiler.Entries.Select(e => e.FullName));
        Assert.Contains("lib/netstandard2.0/Theory.Compiler.dll", compiler.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(compiler.GetEntry("Theory.Compiler.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains("<authors>The Theory team</authors>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("realist-evaluation", nuspec, StringComparison.Ordinal);
    }

    internal static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var (exit, stdout, stderr) = ProcessRunner.Run(program, args, workingDirectory, TimeSpan.FromSeconds(60));
        return (exit, stdout + stderr);
    }
}

/// <summary>
/// The packed tool, installed and run. It packs Theory.Cli with --no-build, reading the build the
/// tests already ran and building nothing, so it runs beside the tests that build the libraries
/// rather than after them.
/// </summary>
public class ToolPackageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The release packs the tool ReadyToRun, one package per platform (packing five takes minutes,
    /// so the suite checks the wiring; the release notes in docs/performance.md say how a pack of
    /// linux-x64 alone was installed and timed).
    /// </summary>
    [Fact]
    public void The_release_packs_the_tool_ahead_of_time_for_each_platform()
    {
        var project = "src/Theory.Cli/Theory.Cli.csproj";
        var (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "msbuild", project, "-p:ReadyToRunTool=true",
            "-getProperty:ToolPackageRuntimeIdentifiers", "-getProperty:PublishReadyToRun", "-getProperty:SelfContained");
        Assert.True(exit == 0, output);
        foreach (var rid in new[] { "linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64" })
            Assert.Contains(rid, output, StringComparison.Ordinal);
        Assert.Contains("\"PublishReadyToRun\": \"true\"", output, StringComparison.Ordinal);
        Assert.Contains("\"SelfContained\": \"false\"", output, StringComparison.Ordinal);

        (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "msbuild", project, "-getProperty:ToolPackageRuntimeIdentifiers");
        Assert.True(exit == 0, output);
        Assert.Equal("", output.Trim());

        var release = File.ReadAllText(Path.Combine(TheoryProcess.RepositoryRoot, ".github/workflows/release.yml"));
        Assert.Contains("dotnet pack Theory.sln -c Release -p:ReadyToRunTool=true", release, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_runs()
    {
        using var temp = new TempDirectory();
        var feed = Path.Combine(temp.Path, "feed");
        var tools = Path.Combine(temp.Path, "tools");
        var (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "pack", "src/Theory.Cli/Theory.Cli.csproj",
            "--no-build", "-c", DotNetBuilds.Configuration, "-o", feed);
        Assert.True(exit == 0, output);

        // Installed exactly as the workflow `theory new` writes does it, with its one variable set
        // (THEORY_FEED: where the package is until it is on nuget.org), into a folder instead of
        // the runner's global tools.
        var (newExit, _, newErrors) = TheoryProcess.Run(temp.Path, "new", "demo");
        Assert.True(newExit == 0, newErrors);
        var install = File.ReadLines(Path.Combine(temp.Path, "demo", ".github", "workflows", "theory.yml"))
            .Select(l => l.Trim())
            .Single(l => l.StartsWith("run: dotnet tool install", StringComparison.Ordinal))["run: ".Length..]
            .Replace("--global", "--tool-path \"$TOOLS\"", StringComparison.Ordinal);
        var (bashExit, bashOut, bashErr) = ProcessRunner.Run("bash", ["-c", install], temp.Path, Timeout,
            new Dictionary<string, string?> { ["THEORY_FEED"] = feed, ["TOOLS"] = tools });
        Assert.True(bashExit == 0, install + "\n" + bashOut + bashErr);

        var theory = Path.Combine(tools, OperatingSystem.IsWindows() ? "theory.exe" : "theory");
        var (code, stdout) = PackagingTests.Run(theory, temp.Path, "--version");
        Assert.Equal(0, code);
        Assert.Equal("0.1.0", stdout.Trim());
        (code, stdout) = PackagingTests.Run(theory, temp.Path, "check", Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration"));
        Assert.True(code == 0, stdout);
        Assert.Contains("0 errors", stdout, StringComparison.Ordinal);
    }

}

/// <summary>Tests that run `dotnet build` or `dotnet pack` on the repository's projects run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DotNetBuilds
{
    public const string Name = "dotnet builds";

    /// <summary>The configuration the tests were built in, so packing reuses that build.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";
}
