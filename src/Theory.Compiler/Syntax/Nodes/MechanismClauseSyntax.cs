using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`mechanism increased collaborative_behaviour` (or `because ...`).</summary>
public sealed class MechanismClauseSyntax : TermClauseSyntax
{
    internal MechanismClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.MechanismClause, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMechanismClause(this);
}
