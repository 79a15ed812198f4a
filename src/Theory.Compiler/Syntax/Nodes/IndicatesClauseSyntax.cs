using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`indicates construct`.</summary>
public sealed class IndicatesClauseSyntax : ClauseSyntax
{
    internal IndicatesClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.IndicatesClause, children)
    {
    }

    public QualifiedNameSyntax? Target => GetNode<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIndicatesClause(this);
}
