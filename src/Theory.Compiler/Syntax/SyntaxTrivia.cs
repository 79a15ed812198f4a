using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// Text that carries no meaning for the parser but belongs to the file: whitespace, line
/// breaks, comments, and — after an error — invalid characters and skipped tokens. Trivia hangs
/// off tokens (leading and trailing), which is what lets a tree reproduce its input exactly.
/// </summary>
public sealed record SyntaxTrivia(SyntaxKind Kind, string Text, TextSpan Span)
{
    public override string ToString() => Text;
}
