using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Theory.Compiler.Tests;

/// <summary>The C# example in docs/tool-authors.md compiles against the compiler's public API and runs.</summary>
public class ToolAuthorDocsTests
{
    [Fact]
    public void The_documented_example_compiles_and_runs()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "tool-authors.md"));
        var source = Regex.Match(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(global::Theory.Semantics.Compilation).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("ToolAuthorExample", [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;

        var assembly = new AssemblyLoadContext("tool-author-example", isCollectible: true).LoadFromStream(stream);
        var run = assembly.GetType("ToolAuthorExample")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        var report = (string)run.Invoke(null, [Path.Combine(TestPaths.RepositoryRoot, "examples", "interorganisational-collaboration")])!;

        Assert.Contains("round trip: True", report, StringComparison.Ordinal);
        Assert.Contains("51 CMOCs", report, StringComparison.Ordinal);
        Assert.Contains("trust -> collaborative_behaviour ->", report, StringComparison.Ordinal);
        Assert.Contains("focus diagram starts with: digraph", report, StringComparison.Ordinal);
        Assert.Contains("artifact InterorganisationalCollaboration.json", report, StringComparison.Ordinal);
    }
}
