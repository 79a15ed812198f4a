using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`description "..."`.</summary>
public sealed class DescriptionClauseSyntax : ClauseSyntax
{
    internal DescriptionClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.DescriptionClause, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDescriptionClause(this);
}
