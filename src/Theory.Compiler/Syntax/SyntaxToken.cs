using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. Missing tokens (inserted by error recovery)
/// have empty text and <see cref="IsMissing"/> set.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal SyntaxToken(
        SyntaxKind kind,
        int position,
        string text,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing,
        string? valueText = null)
        : base(kind)
    {
        Text = text;
        Span = new TextSpan(position, text.Length);
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
        ValueText = valueText ?? text;
    }

    public string Text { get; }

    /// <summary>For a string, its content with quotes removed and escapes decoded; otherwise the text.</summary>
    public string ValueText { get; }

    public bool IsMissing { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    public override TextSpan Span { get; }

    public override TextSpan FullSpan => TextSpan.FromBounds(Span.Start - WidthOf(LeadingTrivia), Span.End + WidthOf(TrailingTrivia));

    private static int WidthOf(ImmutableArray<SyntaxTrivia> trivia)
    {
        var width = 0;
        foreach (var t in trivia)
            width += t.Text.Length;
        return width;
    }

    public override void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia)
            writer.Write(trivia.Text);
        writer.Write(Text);
        foreach (var trivia in TrailingTrivia)
            writer.Write(trivia.Text);
    }

    public override string ToString() => Text;
}
