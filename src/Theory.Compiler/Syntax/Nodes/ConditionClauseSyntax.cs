using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`when X` / `unless X`: where the claim holds or does not.</summary>
public sealed class ConditionClauseSyntax : TermClauseSyntax
{
    internal ConditionClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ConditionClause, children)
    {
    }

    public bool IsUnless => Keyword?.Kind == SyntaxKind.UnlessKeyword;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConditionClause(this);
}
