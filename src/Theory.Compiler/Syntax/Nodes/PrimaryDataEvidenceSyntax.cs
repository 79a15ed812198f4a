using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`interview "P3"`, `focus_group "FG2"`...: primary data.</summary>
public sealed class PrimaryDataEvidenceSyntax : EvidenceItemSyntax
{
    internal PrimaryDataEvidenceSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.PrimaryDataEvidence, children)
    {
    }

    public SyntaxToken? KindKeyword => Children.Length > 0 ? Children[0] as SyntaxToken : null;

    public SyntaxToken? Source => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPrimaryDataEvidence(this);
}
