using System.Text;
using Theory.Text;

namespace Theory.Syntax;

/// <summary>What nodes and tokens share: a kind, a parent, spans and text.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement(SyntaxKind kind, int slot)
    {
        Kind = kind;
        Slot = slot;
    }

    public SyntaxKind Kind { get; }

    /// <summary>
    /// A token's start (its complement when the token is missing), or a node's identity. It sits
    /// beside <see cref="Kind"/>, in the four bytes an object's layout would otherwise leave empty
    /// there: a large theory has millions of tokens and nodes, and this makes each 8 bytes smaller.
    /// </summary>
    private protected readonly int Slot;

    /// <summary>The node that holds this element; null only for the root.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The span without leading and trailing trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The span including leading and trailing trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>The tree this element belongs to (found through the root).</summary>
    public SyntaxTree? SyntaxTree
    {
        get
        {
            var element = this;
            while (element.Parent is not null)
                element = element.Parent;
            return (element as CompilationUnitSyntax)?.Tree;
        }
    }

    public Location? GetLocation() => SyntaxTree is { } tree ? new Location(tree.Text, Span) : null;

    /// <summary>The exact source text, trivia included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder);
        WriteTo(writer);
        return builder.ToString();
    }

    /// <summary>The source text without this element's outermost leading and trailing trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        var offset = Span.Start - FullSpan.Start;
        return Span.Length == 0 ? "" : full.Substring(offset, Math.Min(Span.Length, full.Length - offset));
    }

    public abstract void WriteTo(TextWriter writer);

    internal void SetParent(SyntaxNode parent) => Parent = parent;
}
