using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A group of declarations: `mrt`, `criterion`, `cluster` or `theme` (nestable).</summary>
public sealed class GroupDeclarationSyntax : NamedDeclarationSyntax
{
    internal GroupDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.GroupDeclaration, children)
    {
    }

    public SyntaxToken? GroupKeyword => Children.Length > 0 ? Children[0] as SyntaxToken : null;

    public GroupBodySyntax? Body => GetNode<GroupBodySyntax>();

    public IEnumerable<SyntaxNode> Members => Body?.Members ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitGroupDeclaration(this);
}
