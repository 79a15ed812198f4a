using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces of a theory header and its clauses.</summary>
public sealed class TheoryBodySyntax : BlockSyntax
{
    internal TheoryBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TheoryBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTheoryBody(this);
}
