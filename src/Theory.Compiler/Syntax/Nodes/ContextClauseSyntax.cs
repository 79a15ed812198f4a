using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`context high trust, high faith` (or `if ...`); `context high trust => increased confidence` pairs them with mechanisms.</summary>
public sealed class ContextClauseSyntax : TermClauseSyntax
{
    internal ContextClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ContextClause, children)
    {
    }

    /// <summary>The mechanisms after `=>`, which these contexts alone trigger; empty when the clause pairs none.</summary>
    public IEnumerable<TermSyntax> PairedMechanisms => GetNodes<TermListSyntax>().Skip(1).FirstOrDefault()?.Terms ?? [];

    public SyntaxToken? FatArrowToken => GetToken(SyntaxKind.FatArrowToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitContextClause(this);
}
