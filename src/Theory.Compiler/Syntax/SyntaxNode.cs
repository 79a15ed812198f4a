using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// An immutable node of the syntax tree. Children are nodes and tokens in source order; a
/// node's typed properties (see the classes in Nodes/) are views over them, so a tree built
/// from broken input is still a complete, navigable tree.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    private protected SyntaxNode(SyntaxKind kind, ImmutableArray<SyntaxElement> children)
        : base(kind, IdentityNumbers.Next())
    {
        Children = children;
        foreach (var child in children)
            child.SetParent(this);
    }

    /// <summary>
    /// A number unique to this node, for hashing it by identity. The binder keeps a dictionary
    /// entry per declaration and reference; the object-header hash the runtime would otherwise
    /// assign on first use was a visible share of binding a 100k-CMOC theory.
    /// </summary>
    internal int Identity => Slot;

    /// <summary>Child nodes and tokens, in source order.</summary>
    public ImmutableArray<SyntaxElement> Children { get; }

    /// <summary>The first token in document order (walks first children: no enumeration of the subtree).</summary>
    public SyntaxToken? FirstToken
    {
        get
        {
            foreach (var child in Children)
            {
                if (child is SyntaxToken token)
                    return token;
                if (child is SyntaxNode node && node.FirstToken is { } first)
                    return first;
            }

            return null;
        }
    }

    public SyntaxToken? LastToken
    {
        get
        {
            SyntaxElement? element = this;
            while (element is SyntaxNode node)
                element = node.Children.Length == 0 ? null : node.Children[^1];
            return element as SyntaxToken;
        }
    }

    public override TextSpan Span => FirstToken is { } first && LastToken is { } last
        ? TextSpan.FromBounds(first.Span.Start, Math.Max(first.Span.Start, last.Span.End))
        : default;

    public override TextSpan FullSpan => FirstToken is { } first && LastToken is { } last
        ? TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End)
        : default;

    public IEnumerable<SyntaxNode> ChildNodes() => ChildrenOf<SyntaxNode>(Children);

    public IEnumerable<SyntaxToken> ChildTokens() => ChildrenOf<SyntaxToken>(Children);

    /// <summary>All descendant nodes in document order (iterative: safe on deep trees).</summary>
    public IEnumerable<SyntaxNode> DescendantNodes() => DescendantElements().OfType<SyntaxNode>();

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf() => DescendantNodes().Prepend(this);

    public IEnumerable<SyntaxToken> DescendantTokens() => DescendantElements().OfType<SyntaxToken>();

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
            yield return node;
    }

    public IEnumerable<SyntaxNode> AncestorsAndSelf() => Ancestors().Prepend(this);

    public override void WriteTo(TextWriter writer)
    {
        foreach (var token in DescendantTokens())
            token.WriteTo(writer);
    }

    public abstract void Accept(SyntaxVisitor visitor);

    // The typed views (`cmoc.InlineForm`, `term.Name`, ...) are read for every declaration the
    // binder and the checks visit: plain loops over the children, without LINQ's enumerators.
    protected SyntaxToken? GetToken(SyntaxKind kind)
    {
        foreach (var child in Children)
            if (child is SyntaxToken token && token.Kind == kind)
                return token;
        return null;
    }

    protected SyntaxToken? GetFirstToken(Func<SyntaxToken, bool> predicate)
    {
        foreach (var child in Children)
            if (child is SyntaxToken token && predicate(token))
                return token;
        return null;
    }

    protected IEnumerable<SyntaxToken> GetTokens(Func<SyntaxToken, bool> predicate)
    {
        foreach (var child in Children)
            if (child is SyntaxToken token && predicate(token))
                yield return token;
    }

    protected T? GetNode<T>() where T : SyntaxNode
    {
        foreach (var child in Children)
            if (child is T node)
                return node;
        return null;
    }

    protected IEnumerable<T> GetNodes<T>() where T : SyntaxNode => ChildrenOf<T>(Children);

    // One iterator over the array, where OfType would also box the array's enumerator: the binder
    // reads a node's terms and clauses this way for every claim.
    private static IEnumerable<T> ChildrenOf<T>(ImmutableArray<SyntaxElement> children) where T : SyntaxElement
    {
        foreach (var child in children)
            if (child is T element)
                yield return element;
    }

    private IEnumerable<SyntaxElement> DescendantElements()
    {
        var stack = new Stack<(SyntaxNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index >= node.Children.Length)
                continue;
            stack.Push((node, index + 1));
            var child = node.Children[index];
            yield return child;
            if (child is SyntaxNode childNode)
                stack.Push((childNode, 0));
        }
    }
}
