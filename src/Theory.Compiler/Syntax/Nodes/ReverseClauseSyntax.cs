using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`reverse`: the item is reverse-scored.</summary>
public sealed class ReverseClauseSyntax : ClauseSyntax
{
    internal ReverseClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ReverseClause, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitReverseClause(this);
}
