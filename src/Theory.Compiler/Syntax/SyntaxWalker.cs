namespace Theory.Syntax;

/// <summary>
/// Visits every node in document order. Override a typed Visit method to act on one kind of node
/// and call the base method to keep descending.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    public override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is SyntaxNode childNode)
                Visit(childNode);
            else if (child is SyntaxToken token)
                VisitToken(token);
        }
    }

    public virtual void VisitToken(SyntaxToken token)
    {
    }
}
