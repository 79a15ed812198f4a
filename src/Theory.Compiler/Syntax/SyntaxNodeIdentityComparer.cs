namespace Theory.Syntax;

/// <summary>Compares nodes by reference, hashing by <see cref="SyntaxNode.Identity"/>.</summary>
internal sealed class SyntaxNodeIdentityComparer : IEqualityComparer<SyntaxNode>
{
    public static readonly SyntaxNodeIdentityComparer Instance = new();

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(SyntaxNode node) => node.Identity;
}
