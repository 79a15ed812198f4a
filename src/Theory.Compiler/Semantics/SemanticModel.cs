using System.Collections.Immutable;
using Theory.Binding;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>Answers questions about one tree of a compilation: what a name refers to, what a declaration declares.</summary>
public sealed class SemanticModel
{
    private readonly BindingResult _binding;

    internal SemanticModel(Compilation compilation, SyntaxTree tree, BindingResult binding)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _binding = binding;
    }

    public Compilation Compilation { get; }

    public SyntaxTree SyntaxTree { get; }

    /// <summary>The symbol a declaration (construct, CMOC, group, link, ...) declares, or null.</summary>
    public Symbol? GetDeclaredSymbol(SyntaxNode declaration)
    {
        CheckOwnership(declaration);
        return _binding.DeclaredSymbols.GetValueOrDefault(declaration);
    }

    /// <summary>
    /// What a reference resolves to: a qualified name or term (a construct, group, type or CMOC),
    /// or a citation (a bibliography entry). Null when it does not resolve.
    /// </summary>
    public Symbol? GetSymbol(SyntaxNode reference)
    {
        CheckOwnership(reference);
        var node = reference is TermSyntax { Name: { } name } ? name : reference;
        return _binding.ReferencedSymbols.GetValueOrDefault(node);
    }

    /// <summary>The compilation's diagnostics located in this tree.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        [.. Compilation.GetDiagnostics().Where(d => ReferenceEquals(d.Location.Text, SyntaxTree.Text))];

    private void CheckOwnership(SyntaxNode node)
    {
        if (node.SyntaxTree != SyntaxTree)
            throw new ArgumentException("The node does not belong to this semantic model's tree.", nameof(node));
    }
}
