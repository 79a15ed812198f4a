using Theory.Syntax;
using Theory.Text;

namespace Theory.Refactoring;

/// <summary>
/// One place a symbol is named: its declaration or a reference, in a tree, with the text as
/// written there (a reference may use an alias or the label rather than the name).
/// </summary>
public sealed record SymbolReference(SyntaxTree Tree, TextSpan Span, string WrittenText, bool IsDeclaration)
{
    public Location Location => new(Tree.Text, Span);
}
