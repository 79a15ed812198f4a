using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`provenance novel`.</summary>
public sealed class ProvenanceClauseSyntax : ClauseSyntax
{
    internal ProvenanceClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ProvenanceClause, children)
    {
    }

    public SyntaxToken? Value => GetToken(SyntaxKind.IdentifierToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitProvenanceClause(this);
}
