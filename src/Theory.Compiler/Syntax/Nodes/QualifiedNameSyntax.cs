using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`a` or `Typology.type`.</summary>
public sealed class QualifiedNameSyntax : SyntaxNode
{
    internal QualifiedNameSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.QualifiedName, children)
    {
    }

    public IEnumerable<SyntaxToken> Parts => GetTokens(t => t.Kind == SyntaxKind.IdentifierToken);

    /// <summary>The dotted name as written, without trivia, e.g. <c>CollaborationType.merger</c>.</summary>
    public string Text => string.Join(".", Parts.Where(p => !p.IsMissing).Select(p => p.ValueText));

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQualifiedName(this);
}
