using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`import "other.theory"`.</summary>
public sealed class ImportDeclarationSyntax : DeclarationSyntax
{
    internal ImportDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ImportDeclaration, children)
    {
    }

    public SyntaxToken? ImportKeyword => GetToken(SyntaxKind.ImportKeyword);

    public SyntaxToken? Path => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportDeclaration(this);
}
