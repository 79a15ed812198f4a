using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`default evidence @millar2023`: the evidence of every claim in the file or group that names no source of its own.</summary>
public sealed class DefaultEvidenceDeclarationSyntax : DeclarationSyntax
{
    internal DefaultEvidenceDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.DefaultEvidenceDeclaration, children)
    {
    }

    public EvidenceClauseSyntax? Evidence => GetNode<EvidenceClauseSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDefaultEvidenceDeclaration(this);
}
