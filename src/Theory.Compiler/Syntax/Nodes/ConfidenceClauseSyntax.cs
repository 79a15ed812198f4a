using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`confidence 0.8` or `confidence high`.</summary>
public sealed class ConfidenceClauseSyntax : ClauseSyntax
{
    internal ConfidenceClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ConfidenceClause, children)
    {
    }

    public SyntaxToken? Value => Children.Length > 1 ? Children[1] as SyntaxToken : null;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConfidenceClause(this);
}
