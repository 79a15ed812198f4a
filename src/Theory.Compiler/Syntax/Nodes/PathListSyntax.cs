using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`a -> b -> c`.</summary>
public sealed class PathListSyntax : SyntaxNode
{
    internal PathListSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.PathList, children)
    {
    }

    public IEnumerable<QualifiedNameSyntax> Steps => GetNodes<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPathList(this);
}
