using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>One item of an evidence clause: a citation or a piece of primary data.</summary>
public abstract class EvidenceItemSyntax : SyntaxNode
{
    private protected EvidenceItemSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public LocatorSyntax? Locator => GetNode<LocatorSyntax>();

    public QuotationSyntax? Quotation => GetNode<QuotationSyntax>();
}
