using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`loop a -> b -> a`.</summary>
public sealed class LoopClauseSyntax : ClauseSyntax
{
    internal LoopClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.LoopClause, children)
    {
    }

    public PathListSyntax? Path => GetNode<PathListSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLoopClause(this);
}
