using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`any of` or `all of` before the terms of a context or outcome clause.</summary>
public sealed class CombinationSyntax : SyntaxNode
{
    internal CombinationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.Combination, children)
    {
    }

    public SyntaxToken? Keyword => GetFirstToken(t => t.Kind is SyntaxKind.AnyKeyword or SyntaxKind.AllKeyword);

    /// <summary>True for `any of`: one of the terms is enough.</summary>
    public bool IsAnyOf => Keyword?.Kind == SyntaxKind.AnyKeyword;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCombination(this);
}
