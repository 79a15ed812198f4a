using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A keyword-led property line inside a declaration: `kind cognitive`, `evidence @x`.</summary>
public abstract class ClauseSyntax : SyntaxNode
{
    private protected ClauseSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public SyntaxToken? Keyword => Children.Length > 0 ? Children[0] as SyntaxToken : null;
}
