using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>
/// A one-line CMOC. Which list is which is decided by the keyword or arrow before it, so both
/// `C => M -> O` and `if C then O because M` expose the same three lists.
/// </summary>
public abstract class CmocInlineFormSyntax : SyntaxNode
{
    private protected CmocInlineFormSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public IEnumerable<TermSyntax> Contexts => ListAfter(SyntaxKind.ColonToken, SyntaxKind.IfKeyword);

    public IEnumerable<TermSyntax> Mechanisms => ListAfter(SyntaxKind.FatArrowToken, SyntaxKind.BecauseKeyword);

    public IEnumerable<TermSyntax> Outcomes => ListAfter(SyntaxKind.ArrowToken, SyntaxKind.ThenKeyword);

    private IEnumerable<TermSyntax> ListAfter(SyntaxKind marker, SyntaxKind alternative)
    {
        var previous = SyntaxKind.None;
        foreach (var child in Children)
        {
            if (child is SyntaxToken token)
                previous = token.Kind;
            else if (child is TermListSyntax list && (previous == marker || previous == alternative))
                return list.Terms;
        }

        return [];
    }
}
