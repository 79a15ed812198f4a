using System.Collections.Immutable;
using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. Missing tokens (inserted by error recovery)
/// have empty text and <see cref="IsMissing"/> set.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal SyntaxToken(SyntaxKind kind, int position, string text, TokenDetail detail, bool isMissing)
        : base(kind, isMissing ? ~position : position)
    {
        Text = text;
        _detail = detail;
    }

    // Trivia on both sides and any value text, in one object shared among tokens alike (see
    // TokenDetail): a token is 48 bytes where it was 64.
    private readonly TokenDetail _detail;

    public string Text { get; }

    /// <summary>For a string, its content with quotes removed and escapes decoded; otherwise the text.</summary>
    public string ValueText => _detail.ValueText ?? Text;

    public bool IsMissing => Slot < 0;

    /// <summary>The trivia before the token, placed (made each time it is read: tokens share their trivia without positions).</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => LeadingRun.At(Span.Start - LeadingRun.Width);

    /// <summary>The trivia after the token, up to and including the line break that ends its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => TrailingRun.At(Span.End);

    internal TriviaRun LeadingRun => _detail.Leading;

    internal TriviaRun TrailingRun => _detail.Trailing;

    internal TokenDetail Detail => _detail;

    /// <summary>A token like this one, <paramref name="shift"/> characters later, for another tree (a token has one parent).</summary>
    internal SyntaxToken MovedBy(int shift) => new(Kind, Span.Start + shift, Text, _detail, IsMissing);

    /// <summary>The same token read as a name: a keyword where a name is expected (as C#'s `var`), or a CMOC's number.</summary>
    internal SyntaxToken AsIdentifier() => new(SyntaxKind.IdentifierToken, Span.Start, Text, _detail, isMissing: false);

    public override TextSpan Span => new(Slot < 0 ? ~Slot : Slot, Text.Length);

    public override TextSpan FullSpan => TextSpan.FromBounds(Span.Start - LeadingRun.Width, Span.End + TrailingRun.Width);

    public override void WriteTo(TextWriter writer)
    {
        LeadingRun.WriteTo(writer);
        writer.Write(Text);
        TrailingRun.WriteTo(writer);
    }

    public override string ToString() => Text;
}
