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
    public void The_packed_tool_installs_into_a_tool_path_and_runs()
    {
        using var temp = new TempDirectory();
        var feed = Path.Combine(temp.Path, "feed");
        var tools = Path.Combine(temp.Path, "tools");
        var (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "pack", "src/Theory.Cli/Theory.Cli.csproj",
            "--no-build", "-c", DotNetBuilds.Configuration, "-o", feed);
        Assert.True(exit == 0, output);

        (exit, output) = DotNetProcess.Run(temp.Path, Timeout, "tool", "install", "Theory.Cli", "--tool-path", tools, "--add-source", feed, "--version", "0.1.0");
        Assert.True(exit == 0, output);

        var theory = Path.Combine(tools, OperatingSystem.IsWindows() ? "theory.exe" : "theory");
        var (code, stdout) = Run(theory, temp.Path, "--version");
        Assert.Equal(0, code);
        Assert.Equal("0.1.0", stdout.Trim());
        (code, stdout) = Run(theory, temp.Path, "check", Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration"));
        Assert.True(code == 0, stdout);
        Assert.Contains("0 errors", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_packages_carry_metadata_and_the_generator_its_dependencies()
    {
        using var temp = new TempDirectory();
        foreach (var project in new[] { "Theory.Compiler", "Theory.Model", "Theory.SourceGenerator" })
        {
            // Not --no-build: `dotnet test` builds only what the tests reference, and the generator is not among it.
            var (exit, output) = DotNetProcess.Run(TheoryProcess.RepositoryRoot, Timeout, "pack", $"src/{project}/{project}.csproj",
                "-c", DotNetBuilds.Configuration, "-nodeReuse:false", "-o", temp.Path);
            Assert.True(exit == 0, output);
        }

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

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var (exit, stdout, stderr) = ProcessRunner.Run(program, args, workingDirectory, TimeSpan.FromSeconds(60));
        return (exit, stdout + stderr);
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
