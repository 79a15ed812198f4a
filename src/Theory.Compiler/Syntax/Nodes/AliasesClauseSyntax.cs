using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`aliases "a", "b"`: other names for the same construct.</summary>
public sealed class AliasesClauseSyntax : ClauseSyntax
{
    internal AliasesClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.AliasesClause, children)
    {
    }

    public IEnumerable<SyntaxToken> Aliases => GetTokens(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAliasesClause(this);
}
