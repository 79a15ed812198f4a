using Theory.Syntax;

namespace Theory.Formatting;

/// <summary>
/// Where a token goes when the layout puts it at the start of a line: at an indentation level,
/// or under another token (the `then` and `because` of a long if–then–because CMOC line up under
/// its `if`).
/// </summary>
internal readonly record struct LineStart(int Indent, SyntaxToken? UnderToken, bool BlankLineBefore);
