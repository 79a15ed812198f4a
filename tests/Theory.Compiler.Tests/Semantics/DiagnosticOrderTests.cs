using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>Diagnostics come out in one total order, whatever order the checks found them in.</summary>
public class DiagnosticOrderTests
{
    [Fact]
    public void Every_shuffle_sorts_to_the_same_sequence()
    {
        var a = SourceText.From("construct a\nconstruct b\n", "a.theory");
        var b = SourceText.From("construct c\n", "b.theory");
        Diagnostic At(SourceText text, int start, int length, DiagnosticDescriptor descriptor, params object[] args) =>
            new(descriptor, new Location(text, new TextSpan(start, length)), [.. args], []);
        Diagnostic[] expected =
        [
            At(a, 0, 1, DiagnosticDescriptors.UnusedConstruct, "a"),
            At(a, 10, 1, DiagnosticDescriptors.UndefinedConstruct, "context", "a", ""),
            At(a, 10, 1, DiagnosticDescriptors.UnusedConstruct, "a"),
            At(a, 10, 1, DiagnosticDescriptors.UnusedConstruct, "b"),   // same place and ID: the message decides
            At(a, 10, 2, DiagnosticDescriptors.UnusedConstruct, "a"),
            At(b, 0, 1, DiagnosticDescriptors.UnusedConstruct, "c"),
        ];

        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var shuffled = expected.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, shuffled.Order(DiagnosticOrder.Instance));
        }
    }

    [Fact]
    public void A_compilation_reports_the_same_sequence_for_files_given_in_any_order()
    {
        var first = SyntaxTree.Parse(SourceText.From("construct a\ncmoc X: high a => increased b -> increased c\n", "one.theory"));
        var second = SyntaxTree.Parse(SourceText.From("construct b\nconstruct z\ncmoc Y: high c => increased b -> increased a\n", "two.theory"));
        string Render(ImmutableArray<Diagnostic> diagnostics) => string.Join("\n", diagnostics);
        var forward = Render(Compilation.Create([first, second]).GetDiagnostics());
        Assert.NotEmpty(forward);
        Assert.Equal(forward, Render(Compilation.Create([second, first]).GetDiagnostics()));
    }
}
