using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`bibliography "refs.bib"`.</summary>
public sealed class BibliographyClauseSyntax : ClauseSyntax
{
    internal BibliographyClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.BibliographyClause, children)
    {
    }

    public SyntaxToken? Path => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBibliographyClause(this);
}
