using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`context high trust, high faith` (or `if ...`).</summary>
public sealed class ContextClauseSyntax : TermClauseSyntax
{
    internal ContextClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ContextClause, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitContextClause(this);
}
