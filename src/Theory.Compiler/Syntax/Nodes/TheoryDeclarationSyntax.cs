using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`theory Name { title ... }`: the header naming the theory this file belongs to.</summary>
public sealed class TheoryDeclarationSyntax : NamedDeclarationSyntax
{
    internal TheoryDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TheoryDeclaration, children)
    {
    }

    public TheoryBodySyntax? Body => GetNode<TheoryBodySyntax>();

    public IEnumerable<SyntaxNode> Clauses => Body?.Members ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTheoryDeclaration(this);
}
