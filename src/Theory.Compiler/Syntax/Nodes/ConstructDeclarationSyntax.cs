using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`construct trust "Trust" { kind cognitive ... }`: a factor the theory reasons about.</summary>
public sealed class ConstructDeclarationSyntax : NamedDeclarationSyntax
{
    internal ConstructDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ConstructDeclaration, children)
    {
    }

    public ConstructBodySyntax? Body => GetNode<ConstructBodySyntax>();

    public IEnumerable<SyntaxNode> Clauses => Body?.Members ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstructDeclaration(this);
}
