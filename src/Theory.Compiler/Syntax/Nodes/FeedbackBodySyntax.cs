using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The braces of a feedback declaration.</summary>
public sealed class FeedbackBodySyntax : BlockSyntax
{
    internal FeedbackBodySyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.FeedbackBody, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFeedbackBody(this);
}
