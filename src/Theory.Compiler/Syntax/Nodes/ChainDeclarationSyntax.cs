using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`chain name: CF1 -> CF2 -> CF3`: an explicit chain of CMOCs.</summary>
public sealed class ChainDeclarationSyntax : NamedDeclarationSyntax
{
    internal ChainDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ChainDeclaration, children)
    {
    }

    public PathListSyntax? Path => GetNode<PathListSyntax>();

    public IEnumerable<QualifiedNameSyntax> Steps => Path?.Steps ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitChainDeclaration(this);
}
