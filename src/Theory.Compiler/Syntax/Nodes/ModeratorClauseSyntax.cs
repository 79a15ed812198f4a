using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`moderated by constructive_conflict_resolution dampens`, optionally with a body saying how and on what evidence.</summary>
public sealed class ModeratorClauseSyntax : ClauseSyntax
{
    internal ModeratorClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ModeratorClause, children)
    {
    }

    public TermSyntax? Moderator => GetNode<TermSyntax>();

    public SyntaxToken? Effect => GetFirstToken(t => t.Kind is SyntaxKind.DampensKeyword or SyntaxKind.AmplifiesKeyword);

    public ModeratorBodySyntax? Body => GetNode<ModeratorBodySyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModeratorClause(this);
}
