using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces of a group and its members.</summary>
public sealed class GroupBodySyntax : BlockSyntax
{
    internal GroupBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.GroupBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitGroupBody(this);
}
