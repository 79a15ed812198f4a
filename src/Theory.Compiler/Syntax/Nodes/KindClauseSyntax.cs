using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`kind cognitive`.</summary>
public sealed class KindClauseSyntax : ClauseSyntax
{
    internal KindClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.KindClause, children)
    {
    }

    public SyntaxToken? Value => GetToken(SyntaxKind.IdentifierToken) ?? GetToken(SyntaxKind.ResourceKeyword);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitKindClause(this);
}
