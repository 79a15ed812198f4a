using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`@key [at "locator"] [quote "text"]`: a citation of a BibTeX entry.</summary>
public sealed class CitationEvidenceSyntax : EvidenceItemSyntax
{
    internal CitationEvidenceSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CitationEvidence, children)
    {
    }

    public SyntaxToken? Citation => GetToken(SyntaxKind.CitationToken);

    /// <summary>The citation key without its `@`.</summary>
    public string Key => Citation is { IsMissing: false } c ? c.Text[1..] : "";

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCitationEvidence(this);
}
