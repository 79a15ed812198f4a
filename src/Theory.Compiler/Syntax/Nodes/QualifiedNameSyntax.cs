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
    /// <remarks>Made once: the binder reads it several times for every reference.</remarks>
    public string Text => _text ??= JoinParts();

    private string? _text;

    private string JoinParts()
    {
        // One part, the usual case, is the token's own string: nothing to allocate.
        string? first = null;
        List<string>? parts = null;
        foreach (var child in Children)
        {
            if (child is not SyntaxToken { Kind: SyntaxKind.IdentifierToken, IsMissing: false } part)
                continue;
            if (first is null)
                first = part.ValueText;
            else
                (parts ??= [first]).Add(part.ValueText);
        }

        return parts is null ? first ?? "" : string.Join(".", parts);
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQualifiedName(this);
}
