using Antlr4.Runtime;
using Theory.Syntax.Parsing.Generated;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Cuts a lexed file into runs of whole top-level declarations that can be parsed on their own, at
/// the same time. A cut goes only before a keyword that can do nothing but start a top-level
/// declaration when no brace is open (`cmoc`, `construct`, `mrt`, ...: reserved words, never names
/// or clauses). Soft keywords (`feedback`, `theme`) and `note` and `default`, which may also
/// continue the declaration before them, are never cut before. In a correct file each run then
/// parses to exactly the declarations the whole file has there; a file with a syntax error makes
/// some run fail, and the whole file is parsed as one.
/// </summary>
internal static class DeclarationSlices
{
    /// <summary>Text below this many characters per slice is not worth a thread.</summary>
    public const int MinimumCharacters = 256 * 1024;

    /// <summary>How many slices to parse a text of <paramref name="characters"/> in, on this machine.</summary>
    public static int For(int characters) =>
        Math.Max(1, Math.Min(Environment.ProcessorCount, characters / MinimumCharacters));

    /// <summary>
    /// The token index each slice starts at (the first is 0), at most <paramref name="slices"/> of
    /// them, cut as near to equal numbers of tokens as the declarations allow.
    /// </summary>
    public static List<int> Find(LexedText lexed, int slices)
    {
        var starts = new List<int> { 0 };
        var tokens = lexed.Tokens;
        if (slices <= 1)
            return starts;

        var depth = 0;
        var next = tokens.Count / slices;
        for (var i = 0; i < tokens.Count && starts.Count < slices; i++)
        {
            var token = tokens[i];
            if (token.Channel != TokenConstants.DefaultChannel)
                continue;
            if (token.Type == TheoryLexer.LBRACE)
                depth++;
            else if (token.Type == TheoryLexer.RBRACE && depth > 0)
                depth--;
            else if (depth == 0 && i >= next && i > 0 && StartsDeclaration(token.Type))
            {
                starts.Add(i);
                next = i + ((tokens.Count - i) / (slices - starts.Count + 1));
            }
        }

        return starts;
    }

    /// <summary>
    /// True for the kind of a token that nothing before it can continue: where it starts a
    /// declaration, of the file or of a group, an edit's members can be cut (<see cref="IncrementalParse"/>).
    /// </summary>
    public static bool StartsRun(SyntaxKind kind) => RunStarts.Contains(kind);

    // The kinds of the token types below, so a tree's tokens and the lexer's follow one list.
    private static readonly HashSet<SyntaxKind> RunStarts =
        [.. Enumerable.Range(1, ((Vocabulary)TheoryLexer.DefaultVocabulary).getMaxTokenType()).Where(StartsDeclaration).Select(TokenKinds.ToKind)];

    private static bool StartsDeclaration(int type) => type is TheoryLexer.THEORY or TheoryLexer.IMPORT or TheoryLexer.STAGES
        or TheoryLexer.TYPOLOGY or TheoryLexer.CONSTRUCT or TheoryLexer.MRT or TheoryLexer.CRITERION or TheoryLexer.CLUSTER
        or TheoryLexer.CMOC or TheoryLexer.CHAIN or TheoryLexer.LINK or TheoryLexer.MEASURE;
}
