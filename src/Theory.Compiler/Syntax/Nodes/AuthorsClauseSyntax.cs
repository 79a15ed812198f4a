using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`authors "A", "B"`.</summary>
public sealed class AuthorsClauseSyntax : ClauseSyntax
{
    internal AuthorsClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.AuthorsClause, children)
    {
    }

    public IEnumerable<SyntaxToken> Authors => GetTokens(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAuthorsClause(this);
}
