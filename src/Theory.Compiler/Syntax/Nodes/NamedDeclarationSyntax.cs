using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A declaration with a name and an optional quoted label: `construct trust "Trust"`.</summary>
public abstract class NamedDeclarationSyntax : DeclarationSyntax
{
    private protected NamedDeclarationSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public SyntaxToken? Identifier => GetToken(SyntaxKind.IdentifierToken);

    /// <summary>The declared name, or an empty string when recovery left it missing.</summary>
    public string Name => Identifier is { IsMissing: false } id ? id.ValueText : "";

    public SyntaxToken? Label => GetFirstToken(SyntaxFacts.IsStringToken);
}
