using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>One `name value` pair of a typology type.</summary>
public sealed class AttributeSyntax : SyntaxNode
{
    internal AttributeSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.Attribute, children)
    {
    }

    public SyntaxToken? Identifier => GetToken(SyntaxKind.IdentifierToken);

    /// <summary>The value: a token (string, number, level keyword) or a qualified name node.</summary>
    public SyntaxElement? Value => Children.Length > 1 ? Children[1] : null;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAttribute(this);
}
