using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`refines OtherTheory`: the theory this one refines.</summary>
public sealed class RefinesClauseSyntax : ClauseSyntax
{
    internal RefinesClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.RefinesClause, children)
    {
    }

    public QualifiedNameSyntax? Target => GetNode<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitRefinesClause(this);
}
