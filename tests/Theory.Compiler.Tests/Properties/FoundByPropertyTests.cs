using Theory.Emit;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Properties;

/// <summary>Inputs the property tests found that crashed the pipeline, kept as regression tests.</summary>
public class FoundByPropertyTests
{
    [Theory]
    // A group whose name is missing still has members; they used to point at a group the
    // compilation did not list, and the web diagram's cluster lookup threw KeyNotFoundException.
    [InlineData("theme {\n  construct a\n  construct b\n  link a -> b\n}\n")]
    // A link target with a qualifier and no name after recovery: the binder dereferenced the missing name.
    [InlineData("trust link \U0001F600 < increased cognitive intermediate cmoc")]
    public void Survives(string input)
    {
        var tree = SyntaxTree.Parse(SourceText.From(input, "found.theory"));
        Assert.Equal(input, tree.Root.ToFullString());
        var compilation = Compilation.Create([tree]);
        Assert.NotEmpty(tree.Diagnostics.Concat(compilation.GetDiagnostics()));
        Assert.All(ArtifactEmitter.EmitAll(compilation), artifact => Assert.NotEmpty(artifact.GetText()));
    }
}
