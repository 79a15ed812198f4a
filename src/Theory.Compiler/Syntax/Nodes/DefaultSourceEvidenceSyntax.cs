using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`at "p. 12" [quote "..."]` with no source: a place in the default evidence (`default evidence @key`).</summary>
public sealed class DefaultSourceEvidenceSyntax : EvidenceItemSyntax
{
    internal DefaultSourceEvidenceSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.DefaultSourceEvidence, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDefaultSourceEvidence(this);
}
