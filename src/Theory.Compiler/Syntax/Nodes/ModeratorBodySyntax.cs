using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces after `moderated by x`: the moderator's own mechanism and evidence.</summary>
public sealed class ModeratorBodySyntax : BlockSyntax
{
    internal ModeratorBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ModeratorBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModeratorBody(this);
}
