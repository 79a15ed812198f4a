using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`resource ...`: the resource half of a split mechanism (terms or free text).</summary>
public sealed class ResourceClauseSyntax : TermClauseSyntax
{
    internal ResourceClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ResourceClause, children)
    {
    }

    public SyntaxToken? Text => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitResourceClause(this);
}
