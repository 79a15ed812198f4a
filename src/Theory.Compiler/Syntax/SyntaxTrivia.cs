using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// Text that carries no meaning for the parser but belongs to the file: whitespace, line
/// breaks, comments, and — after an error — invalid characters and skipped tokens. Trivia hangs
/// off tokens (leading and trailing), which is what lets a tree reproduce its input exactly.
/// A value type: a large file has millions of trivia, and as objects they were a fifth of the
/// parser's allocations.
/// </summary>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, string Text, TextSpan Span)
{
    public override string ToString() => Text;
}
