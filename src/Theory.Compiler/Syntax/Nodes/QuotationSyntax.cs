using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`quote "..."`.</summary>
public sealed class QuotationSyntax : ClauseSyntax
{
    internal QuotationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.Quotation, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQuotation(this);
}
