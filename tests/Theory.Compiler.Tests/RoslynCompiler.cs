using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Theory.Compiler.Tests;

/// <summary>Compiles C# source with Roslyn against the framework and one of our assemblies, and loads it into a collectible context.</summary>
internal static class RoslynCompiler
{
    /// <param name="source">The C# to compile.</param>
    /// <param name="reference">The assembly the source uses besides the framework (Theory.Model, Theory.Compiler).</param>
    /// <param name="strict">Also check documentation comments, and fail on any warning (for generated code).</param>
    public static Assembly CompileAndLoad(string source, Assembly reference, bool strict)
    {
        var tree = CSharpSyntaxTree.ParseText(source,
            new CSharpParseOptions(LanguageVersion.Latest, strict ? DocumentationMode.Diagnose : DocumentationMode.Parse), "Source.cs");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(reference.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Compiled" + Guid.NewGuid().ToString("N"), [tree], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        using var assembly = new MemoryStream();
        using var documentation = new MemoryStream();
        var result = compilation.Emit(assembly, xmlDocumentationStream: strict ? documentation : null);
        var problems = result.Diagnostics.Where(d => d.Severity >= (strict ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error)).ToList();
        Assert.True(result.Success && problems.Count == 0,
            string.Join("\n", problems.Select(p => p.ToString())) + "\n--- source ---\n" + source);
        assembly.Position = 0;
        return new AssemblyLoadContext("compiled", isCollectible: true).LoadFromStream(assembly);
    }
}
