using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`inverse of proximity`.</summary>
public sealed class InverseClauseSyntax : ClauseSyntax
{
    internal InverseClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.InverseClause, children)
    {
    }

    public QualifiedNameSyntax? Target => GetNode<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitInverseClause(this);
}
