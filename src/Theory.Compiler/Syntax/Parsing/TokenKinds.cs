using Antlr4.Runtime;
using Theory.Syntax.Parsing.Generated;

namespace Theory.Syntax.Parsing;

/// <summary>Maps ANTLR token types to our <see cref="SyntaxKind"/> values, by name, once.</summary>
internal static class TokenKinds
{
    private static readonly Dictionary<string, SyntaxKind> Punctuation = new(StringComparer.Ordinal)
    {
        ["FAT_ARROW"] = SyntaxKind.FatArrowToken,
        ["ARROW"] = SyntaxKind.ArrowToken,
        ["LBRACE"] = SyntaxKind.OpenBraceToken,
        ["RBRACE"] = SyntaxKind.CloseBraceToken,
        ["COMMA"] = SyntaxKind.CommaToken,
        ["COLON"] = SyntaxKind.ColonToken,
        ["LESS"] = SyntaxKind.LessThanToken,
        ["DOT"] = SyntaxKind.DotToken,
        ["CITATION"] = SyntaxKind.CitationToken,
        ["NUMBER"] = SyntaxKind.NumberToken,
        ["IDENTIFIER"] = SyntaxKind.IdentifierToken,
        ["STRING"] = SyntaxKind.StringToken,
        ["UNTERMINATED_STRING"] = SyntaxKind.UnterminatedStringToken,
        ["WHITESPACE"] = SyntaxKind.WhitespaceTrivia,
        ["NEWLINE"] = SyntaxKind.EndOfLineTrivia,
        ["LINE_COMMENT"] = SyntaxKind.SingleLineCommentTrivia,
        ["BLOCK_COMMENT"] = SyntaxKind.MultiLineCommentTrivia,
        ["INVALID_CHARACTER"] = SyntaxKind.InvalidCharacterTrivia,
    };

    private static readonly SyntaxKind[] ByType = BuildTable();

    public static SyntaxKind ToKind(int tokenType) =>
        tokenType == TokenConstants.EOF ? SyntaxKind.EndOfFileToken
        : tokenType > 0 && tokenType < ByType.Length ? ByType[tokenType]
        : SyntaxKind.None;

    private static SyntaxKind[] BuildTable()
    {
        var vocabulary = TheoryLexer.DefaultVocabulary;
        var table = new SyntaxKind[TheoryLexer.INVALID_CHARACTER + 1];
        for (var type = 1; type <= TheoryLexer.INVALID_CHARACTER; type++)
        {
            var symbol = vocabulary.GetSymbolicName(type);
            if (symbol is null)
                continue;
            table[type] = Punctuation.TryGetValue(symbol, out var kind)
                ? kind
                : (SyntaxKind)Enum.Parse(typeof(SyntaxKind), string.Concat(symbol.Split('_').Select(w => w.Substring(0, 1) + w.Substring(1).ToLowerInvariant())) + "Keyword");
        }

        return table;
    }
}
