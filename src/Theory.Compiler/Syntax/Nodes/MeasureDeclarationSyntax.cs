using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`measure Q9 "item text" { scale likert5 indicates x reverse }`.</summary>
public sealed class MeasureDeclarationSyntax : NamedDeclarationSyntax
{
    internal MeasureDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.MeasureDeclaration, children)
    {
    }

    public MeasureBodySyntax? Body => GetNode<MeasureBodySyntax>();

    public IEnumerable<SyntaxNode> Clauses => Body?.Members ?? [];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMeasureDeclaration(this);
}
