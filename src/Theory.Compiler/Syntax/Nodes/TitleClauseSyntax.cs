using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`title "..."`.</summary>
public sealed class TitleClauseSyntax : ClauseSyntax
{
    internal TitleClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TitleClause, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTitleClause(this);
}
