using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`at "p. 12"`.</summary>
public sealed class LocatorSyntax : ClauseSyntax
{
    internal LocatorSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.Locator, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLocator(this);
}
