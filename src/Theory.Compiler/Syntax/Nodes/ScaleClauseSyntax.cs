using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`scale likert5`.</summary>
public sealed class ScaleClauseSyntax : ClauseSyntax
{
    internal ScaleClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ScaleClause, children)
    {
    }

    public SyntaxToken? Value => GetToken(SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitScaleClause(this);
}
