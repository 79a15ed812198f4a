using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`specialises trust`.</summary>
public sealed class SpecialisesClauseSyntax : ClauseSyntax
{
    internal SpecialisesClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.SpecialisesClause, children)
    {
    }

    public QualifiedNameSyntax? Target => GetNode<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSpecialisesClause(this);
}
