using Antlr4.Runtime;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The parser's token stream over the tokens already lexed. ANTLR's own stream would fetch them
/// again from a token source into a list of its own, one growing copy per file of every token;
/// this one hands it the lexed list, complete with the end of file.
/// </summary>
internal sealed class LexedTokenStream : CommonTokenStream
{
    public LexedTokenStream(LexedText lexed)
        : base(new ListTokenSource(lexed.Tokens))
    {
        tokens = lexed.Tokens;
        fetchedEOF = true;
    }
}
