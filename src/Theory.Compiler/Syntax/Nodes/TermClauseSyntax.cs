using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A clause whose value is a list of terms: context, mechanism, outcome, conditions.</summary>
public abstract class TermClauseSyntax : ClauseSyntax
{
    private protected TermClauseSyntax(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, children)
    {
    }

    public IEnumerable<TermSyntax> Terms => GetNode<TermListSyntax>()?.Terms ?? [];

    /// <summary>`any of` or `all of` before the terms, or null when the clause says neither (all of them).</summary>
    public CombinationSyntax? Combination => GetNode<CombinationSyntax>();
}
