using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces of a measure.</summary>
public sealed class MeasureBodySyntax : BlockSyntax
{
    internal MeasureBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.MeasureBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMeasureBody(this);
}
