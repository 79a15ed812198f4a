namespace Theory.Syntax;

/// <summary>
/// Writing theory text from code (an importer, a scaffold, a refactoring): a string as a string
/// literal of the language, so that reading it back gives the same string.
/// </summary>
public static class TheoryStringLiteral
{
    /// <summary><paramref name="text"/> in quotes, with quotes, backslashes, line breaks, tabs and other control characters escaped.</summary>
    public static string Quote(string text) => SyntaxFacts.QuoteString(text);
}
