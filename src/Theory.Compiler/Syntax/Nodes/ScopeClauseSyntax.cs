using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`for CollaborationType.merger`: the types of collaboration the claim is scoped to.</summary>
public sealed class ScopeClauseSyntax : ClauseSyntax
{
    internal ScopeClauseSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.ScopeClause, children)
    {
    }

    public IEnumerable<QualifiedNameSyntax> Types => GetNodes<QualifiedNameSyntax>();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitScopeClause(this);
}
