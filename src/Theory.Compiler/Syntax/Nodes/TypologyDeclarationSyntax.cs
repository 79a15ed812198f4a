using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`typology Name { type { attribute value } ... }`: a classification that scopes claims.</summary>
public sealed class TypologyDeclarationSyntax : NamedDeclarationSyntax
{
    internal TypologyDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.TypologyDeclaration, children)
    {
    }

    public IEnumerable<TypeDeclarationSyntax> Types => GetNodes<TypeDeclarationSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypologyDeclaration(this);
}
