using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A comma-separated list of terms.</summary>
public sealed class TermListSyntax : SyntaxNode
{
    internal TermListSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TermList, children)
    {
    }

    public IEnumerable<TermSyntax> Terms => GetNodes<TermSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTermList(this);
}
