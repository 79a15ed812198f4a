using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces of a construct and its clauses.</summary>
public sealed class ConstructBodySyntax : BlockSyntax
{
    internal ConstructBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ConstructBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstructBody(this);
}
