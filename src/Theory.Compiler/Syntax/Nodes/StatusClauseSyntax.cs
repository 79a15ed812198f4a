using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`status refined`.</summary>
public sealed class StatusClauseSyntax : ClauseSyntax
{
    internal StatusClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.StatusClause, children)
    {
    }

    public SyntaxToken? Value => GetToken(SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStatusClause(this);
}
