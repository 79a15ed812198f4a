using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`reasoning ...`: the reasoning half of a split mechanism.</summary>
public sealed class ReasoningClauseSyntax : TermClauseSyntax
{
    internal ReasoningClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ReasoningClause, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitReasoningClause(this);
}
