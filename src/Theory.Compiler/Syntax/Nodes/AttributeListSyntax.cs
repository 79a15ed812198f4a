using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`{ integration low, mandated no }`.</summary>
public sealed class AttributeListSyntax : BlockSyntax
{
    internal AttributeListSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.AttributeList, children)
    {
    }

    public IEnumerable<AttributeSyntax> Attributes => GetNodes<AttributeSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAttributeList(this);
}
