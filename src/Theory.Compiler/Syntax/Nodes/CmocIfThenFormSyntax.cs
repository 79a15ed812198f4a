using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`if contexts then outcomes because mechanism`.</summary>
public sealed class CmocIfThenFormSyntax : CmocInlineFormSyntax
{
    internal CmocIfThenFormSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CmocIfThenForm, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCmocIfThenForm(this);
}
