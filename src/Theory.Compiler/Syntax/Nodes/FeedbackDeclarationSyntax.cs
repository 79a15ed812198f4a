using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`feedback name { loop a -> b -> a  polarity balancing }`: a declared feedback loop.</summary>
public sealed class FeedbackDeclarationSyntax : NamedDeclarationSyntax
{
    internal FeedbackDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.FeedbackDeclaration, children)
    {
    }

    public PathListSyntax? InlinePath => GetNode<PathListSyntax>();

    public FeedbackBodySyntax? Body => GetNode<FeedbackBodySyntax>();

    public IEnumerable<PathListSyntax> Loops => (InlinePath is { } p ? [p] : Enumerable.Empty<PathListSyntax>()).Concat((Body?.Members ?? []).OfType<LoopClauseSyntax>().Select(l => l.Path).OfType<PathListSyntax>());

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFeedbackDeclaration(this);
}
