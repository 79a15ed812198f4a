using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>A context–mechanism–outcome configuration in block, arrow or if–then–because form.</summary>
public sealed class CmocDeclarationSyntax : NamedDeclarationSyntax
{
    internal CmocDeclarationSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CmocDeclaration, children)
    {
    }

    /// <summary>The block form, or null for the one-line forms.</summary>
    public CmocBlockSyntax? Block => GetNode<CmocBlockSyntax>();

    /// <summary>The one-line form (`C => M -> O` or `if C then O because M`), or null for the block form.</summary>
    public CmocInlineFormSyntax? InlineForm => GetNode<CmocInlineFormSyntax>();

    /// <summary>The clauses: those of the block, or those that follow the one-line form.</summary>
    public IEnumerable<SyntaxNode> Clauses => Block is { } block ? block.Members : ChildNodes().Where(n => n is not CmocInlineFormSyntax);

    public IEnumerable<TermSyntax> Contexts => (InlineForm?.Contexts ?? []).Concat(Clauses.OfType<ContextClauseSyntax>().SelectMany(c => c.Terms));

    public IEnumerable<TermSyntax> Mechanisms => (InlineForm?.Mechanisms ?? []).Concat(Clauses.OfType<MechanismClauseSyntax>().SelectMany(c => c.Terms));

    /// <summary>The first mechanism term, or null for a black box.</summary>
    public TermSyntax? Mechanism => Mechanisms.FirstOrDefault();

    public IEnumerable<TermSyntax> Outcomes => (InlineForm?.Outcomes ?? []).Concat(Clauses.OfType<OutcomeClauseSyntax>().SelectMany(c => c.Terms));

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCmocDeclaration(this);
}
