using System.Reflection;
using System.Text.RegularExpressions;

namespace Theory.Compiler.Tests;

/// <summary>The C# example in docs/tool-authors.md compiles against the compiler's public API and runs.</summary>
public class ToolAuthorDocsTests
{
    [Fact]
    public void The_documented_example_compiles_and_runs()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "tool-authors.md"));
        var source = Regex.Match(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var assembly = RoslynCompiler.CompileAndLoad(source, typeof(global::Theory.Semantics.Compilation).Assembly, strict: false);
        var run = assembly.GetType("ToolAuthorExample")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        var report = (string)run.Invoke(null, [Path.Combine(TestPaths.RepositoryRoot, "examples", "interorganisational-collaboration")])!;

        Assert.Contains("round trip: True", report, StringComparison.Ordinal);
        Assert.Contains("56 CMOCs", report, StringComparison.Ordinal);
        Assert.Contains("trust -> collaborative_behaviour ->", report, StringComparison.Ordinal);
        Assert.Contains("focus diagram starts with: digraph", report, StringComparison.Ordinal);
        Assert.Contains("artifact InterorganisationalCollaboration.json", report, StringComparison.Ordinal);
    }
}
