using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`: contexts => mechanism -> outcomes`.</summary>
public sealed class CmocArrowFormSyntax : CmocInlineFormSyntax
{
    internal CmocArrowFormSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CmocArrowForm, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCmocArrowForm(this);
}
