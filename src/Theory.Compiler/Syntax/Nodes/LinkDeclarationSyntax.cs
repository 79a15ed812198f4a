using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`link [name [label]:] a -> b`: a causal claim with no mechanism yet.</summary>
public sealed class LinkDeclarationSyntax : DeclarationSyntax
{
    internal LinkDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.LinkDeclaration, children)
    {
    }

    /// <summary>The link's name, when it has one.</summary>
    public SyntaxToken? Identifier => GetToken(SyntaxKind.ColonToken) is null ? null : GetToken(SyntaxKind.IdentifierToken);

    public SyntaxToken? Label => GetToken(SyntaxKind.ColonToken) is null ? null : GetFirstToken(SyntaxFacts.IsStringToken);

    public TermSyntax? Source => GetNode<TermSyntax>();

    public IEnumerable<TermSyntax> Targets => GetNode<TermListSyntax>()?.Terms ?? [];

    public IEnumerable<SyntaxNode> Clauses => ChildNodes().Where(n => n is ClauseSyntax);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLinkDeclaration(this);
}
