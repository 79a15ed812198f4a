using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A top-level or group-level declaration; its first token is its keyword.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
    private protected DeclarationSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public SyntaxToken? Keyword => Children.Length > 0 ? Children[0] as SyntaxToken : null;
}
