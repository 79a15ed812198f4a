using Antlr4.Runtime;

namespace Theory.Syntax.Parsing;

/// <summary>Makes <see cref="LexedToken"/>s for the lexer.</summary>
internal sealed class LexedTokenFactory : ITokenFactory
{
    public static readonly LexedTokenFactory Instance = new();

    public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine) =>
        new LexedToken(type, channel, start, stop) { Text = text };

    public IToken Create(int type, string text) => new LexedToken(type, TokenConstants.DefaultChannel, -1, -1) { Text = text };
}
