using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`evidence @key at "p. 4", interview "P3"`.</summary>
public sealed class EvidenceClauseSyntax : ClauseSyntax
{
    internal EvidenceClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.EvidenceClause, children)
    {
    }

    public IEnumerable<EvidenceItemSyntax> Items => GetNodes<EvidenceItemSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitEvidenceClause(this);
}
