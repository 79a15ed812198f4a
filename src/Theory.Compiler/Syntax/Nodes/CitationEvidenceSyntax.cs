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

    private string? _key;

    /// <summary>The citation key without its `@` (cut once: the binder reads it twice per citation).</summary>
    public string Key => _key ??= Citation is { IsMissing: false } c ? c.Text[1..] : "";

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCitationEvidence(this);
}
