using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`outcome increased task_achievement` (or `then ...`).</summary>
public sealed class OutcomeClauseSyntax : TermClauseSyntax
{
    internal OutcomeClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.OutcomeClause, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOutcomeClause(this);
}
