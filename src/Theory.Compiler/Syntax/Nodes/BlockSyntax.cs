using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`{ ... }`: the body of a declaration.</summary>
public abstract class BlockSyntax : SyntaxNode
{
    private protected BlockSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public SyntaxToken? OpenBraceToken => GetToken(SyntaxKind.OpenBraceToken);

    public SyntaxToken? CloseBraceToken => ChildTokens().LastOrDefault(t => t.Kind == SyntaxKind.CloseBraceToken);

    /// <summary>The clauses or declarations between the braces.</summary>
    public IEnumerable<SyntaxNode> Members => ChildNodes();
}
