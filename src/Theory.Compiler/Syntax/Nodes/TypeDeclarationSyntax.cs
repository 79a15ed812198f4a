using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>One type of a typology, with optional attributes.</summary>
public sealed class TypeDeclarationSyntax : NamedDeclarationSyntax
{
    internal TypeDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TypeDeclaration, children)
    {
    }

    public AttributeListSyntax? AttributeList => GetNode<AttributeListSyntax>();

    public IEnumerable<AttributeSyntax> Attributes => AttributeList?.Attributes ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeDeclaration(this);
}
