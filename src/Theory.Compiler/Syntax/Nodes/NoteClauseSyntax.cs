using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`note "..."`.</summary>
public sealed class NoteClauseSyntax : ClauseSyntax
{
    internal NoteClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.NoteClause, children)
    {
    }

    public SyntaxToken? Value => GetFirstToken(SyntaxFacts.IsStringToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNoteClause(this);
}
