using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`version "..."`.</summary>
public sealed class VersionClauseSyntax : ClauseSyntax
{
    internal VersionClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.VersionClause, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVersionClause(this);
}
