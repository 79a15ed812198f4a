using Antlr4.Runtime;

namespace Theory.Syntax.Parsing;

/// <summary>
/// The source a <see cref="LexedToken"/> names: ANTLR's recovery asks a token for its source's
/// input when it conjures a missing token, and our positions never come from there.
/// </summary>
internal sealed class NoTokenSource : ITokenSource
{
    public static readonly NoTokenSource Instance = new();

    public int Line => 0;

    public int Column => 0;

    public ICharStream? InputStream => null;

    public string SourceName => "";

    public ITokenFactory TokenFactory
    {
        get => CommonTokenFactory.Default;
        set { }
    }

    public IToken NextToken() => throw new InvalidOperationException("tokens are lexed before parsing");
}
