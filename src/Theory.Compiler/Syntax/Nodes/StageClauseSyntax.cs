using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`stage middle`.</summary>
public sealed class StageClauseSyntax : ClauseSyntax
{
    internal StageClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.StageClause, children)
    {
    }

    public SyntaxToken? Stage => GetToken(SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStageClause(this);
}
