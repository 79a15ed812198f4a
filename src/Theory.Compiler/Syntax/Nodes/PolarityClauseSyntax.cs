using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`polarity reinforcing` or `polarity balancing`.</summary>
public sealed class PolarityClauseSyntax : ClauseSyntax
{
    internal PolarityClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.PolarityClause, children)
    {
    }

    public SyntaxToken? Value => GetToken(SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPolarityClause(this);
}
