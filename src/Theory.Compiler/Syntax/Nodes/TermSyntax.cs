using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>
/// A reference to a construct with an optional factor role (`necessary`), tier (`final`) and level
/// or direction (`high`, `increased`).
/// </summary>
public sealed class TermSyntax : SyntaxNode
{
    internal TermSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.Term, children)
    {
    }

    public SyntaxToken? FactorRole => GetFirstToken(t => SyntaxFacts.IsFactorRole(t.Kind));

    public SyntaxToken? Tier => GetFirstToken(t => SyntaxFacts.IsTier(t.Kind));

    public SyntaxToken? Qualifier => GetFirstToken(t => SyntaxFacts.IsQualifier(t.Kind));

    public QualifiedNameSyntax? Name => GetNode<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTerm(this);
}
