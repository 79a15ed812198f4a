using Antlr4.Runtime;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The parser's token stream over tokens already lexed. ANTLR's own stream would fetch them again
/// from a token source into a list of its own, one growing copy per file of every token; this one
/// hands it the list, which must end with an end of file.
/// </summary>
internal sealed class LexedTokenStream : CommonTokenStream
{
    public LexedTokenStream(LexedText lexed)
        : this(lexed.Tokens)
    {
    }

    public LexedTokenStream(List<IToken> lexedTokens)
        : base(new ListTokenSource(lexedTokens))
    {
        tokens = lexedTokens;
        fetchedEOF = true;
    }
}
