using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>Finds the innermost declaration at a position by binary search over the tree's tokens.</summary>
internal sealed class DeclarationLocator
{
    private readonly List<SyntaxToken> _tokens;

    public DeclarationLocator(SyntaxTree tree) => _tokens = [.. tree.Root.DescendantTokens()];

    public DeclarationSyntax? InnermostDeclarationAt(int position)
    {
        if (_tokens.Count == 0)
            return null;
        int low = 0, high = _tokens.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_tokens[middle].Span.Start <= position)
                low = middle;
            else
                high = middle - 1;
        }

        for (var node = _tokens[low].Parent; node is not null; node = node.Parent)
            if (node is DeclarationSyntax declaration)
                return declaration;
        return null;
    }
}
