using System.Text;
using Theory.Syntax;

namespace Theory.Compiler.Tests;

/// <summary>An indented, escaped dump of a tree: nodes with spans, tokens with text and trivia.</summary>
internal static class SyntaxTreeDump
{
    public static string Write(SyntaxNode root)
    {
        var builder = new StringBuilder();
        Write(builder, root, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxElement element, int depth)
    {
        builder.Append(' ', depth * 2);
        if (element is SyntaxToken token)
        {
            builder.Append($"{token.Kind} {Escape(token.Text)}{(token.IsMissing ? " (missing)" : "")}");
            foreach (var trivia in token.LeadingTrivia)
                builder.Append($" lead:{trivia.Kind}{Escape(trivia.Text)}");
            foreach (var trivia in token.TrailingTrivia)
                builder.Append($" trail:{trivia.Kind}{Escape(trivia.Text)}");
            builder.Append('\n');
            return;
        }

        var node = (SyntaxNode)element;
        builder.Append($"{node.Kind} {node.Span}\n");
        foreach (var child in node.Children)
            Write(builder, child, depth + 1);
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
