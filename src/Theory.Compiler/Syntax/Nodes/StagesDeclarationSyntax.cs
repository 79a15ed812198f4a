using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`stages early &lt; middle &lt; late`: the temporal order of stages.</summary>
public sealed class StagesDeclarationSyntax : DeclarationSyntax
{
    internal StagesDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.StagesDeclaration, children)
    {
    }

    public SyntaxToken? StagesKeyword => GetToken(SyntaxKind.StagesKeyword);

    public IEnumerable<SyntaxToken> Stages => GetTokens(t => t.Kind == SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStagesDeclaration(this);
}
