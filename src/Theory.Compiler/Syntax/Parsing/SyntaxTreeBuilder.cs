using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Theory.Diagnostics;
using Theory.Text;
using static Theory.Syntax.Parsing.Generated.TheoryParser;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Makes our immutable tree from ANTLR's parse: as the parse goes (<see cref="StreamingTreeParser"/>,
/// the fast path), or from ANTLR's concrete tree after recovery; one set of conversions serves
/// both, and a test checks they agree. Every input character lands in
/// exactly one token or trivia: tokens the parse tree uses become tokens, and everything else
/// (whitespace, comments, invalid characters, tokens skipped by recovery) becomes trivia of the
/// nearest following token — so the tree round-trips whatever the parser made of the input.
/// </summary>
internal sealed class SyntaxTreeBuilder
{
    private readonly LexedText _lexed;
    private readonly DiagnosticBag _diagnostics;
    private readonly TriviaRunCache _runs = new();
    private readonly TokenDetailCache _details = new();
    private SyntaxToken?[] _tokens = [];
    private int _lastTokenEnd;

    public SyntaxTreeBuilder(LexedText lexed, DiagnosticBag diagnostics)
    {
        _lexed = lexed;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Our tree from ANTLR's, after a parse that may have recovered from errors: the tokens the
    /// tree uses become tokens, the rest (skipped by recovery) trivia.
    /// </summary>
    public CompilationUnitSyntax Build(CompilationUnitContext root)
    {
        var structural = new bool[_lexed.Tokens.Count];
        CollectStructuralTokens(root, structural);
        structural[^1] = true; // EOF always owns the trailing trivia.
        BuildTokens(structural);
        return CompilationUnit(Convert(root));
    }

    /// <summary>
    /// Readies the builder for <see cref="StreamingTreeParser"/>: without recovery every
    /// default-channel token is in the tree, so the tokens (with their trivia) are made first.
    /// </summary>
    public void PrepareStreaming()
    {
        var structural = new bool[_lexed.Tokens.Count];
        MarkDefaultChannel(structural);
        structural[^1] = true;
        BuildTokens(structural);
    }

    /// <summary>The tree a streamed parse made.</summary>
    public CompilationUnitSyntax FinishStreaming() => CompilationUnit(_streamedRoot);

    /// <summary>
    /// A builder for one slice of the file (<see cref="DeclarationSlices"/>), parsed on its own
    /// thread: it shares this builder's tokens and keeps its own open rules.
    /// </summary>
    public SyntaxTreeBuilder ForSlice() => new(_lexed, _diagnostics) { _tokens = _tokens };

    /// <summary>The declarations a slice's streamed parse made (its end of file is not the file's).</summary>
    public ImmutableArray<SyntaxElement> StreamedDeclarations => _streamedRoot;

    /// <summary>The token made for the lexed token at <paramref name="index"/>; null for trivia.</summary>
    internal SyntaxToken? TokenAt(int index) => _tokens[index];

    /// <summary>The tree of a file parsed in slices: their declarations in order, then the end of file.</summary>
    public CompilationUnitSyntax FinishSlices(IEnumerable<ImmutableArray<SyntaxElement>> slices)
    {
        var children = ImmutableArray.CreateBuilder<SyntaxElement>();
        foreach (var slice in slices)
            children.AddRange(slice);
        return CompilationUnit(children.ToImmutable());
    }

    private void MarkDefaultChannel(bool[] structural)
    {
        for (var i = 0; i < structural.Length; i++)
            structural[i] = _lexed.Tokens[i].Channel == TokenConstants.DefaultChannel;
    }

    private CompilationUnitSyntax CompilationUnit(ImmutableArray<SyntaxElement> children)
    {
        // When recovery gives up before `EOF`, ANTLR's tree lacks it; ours always ends with it,
        // since it carries whatever the parser never reached as leading trivia.
        var endOfFile = _tokens[_lexed.Tokens.Count - 1]!;
        if (children.Length == 0 || children[^1] != endOfFile)
            children = children.Add(endOfFile);
        return (CompilationUnitSyntax)SyntaxNodeFactory.Create(SyntaxKind.CompilationUnit, children);
    }

    // ---- streaming: one open list of children per rule being parsed --------------------------

    private readonly Stack<ImmutableArray<SyntaxElement>.Builder> _open = new();
    private readonly Stack<ImmutableArray<SyntaxElement>.Builder> _spare = new();
    private ImmutableArray<SyntaxElement> _streamedRoot = [];

    internal void EnterStreamedRule() => _open.Push(_spare.Count > 0 ? _spare.Pop() : ImmutableArray.CreateBuilder<SyntaxElement>());

    internal void AddStreamedToken(IToken token)
    {
        if (IsToken(token.TokenIndex))
            _open.Peek().Add(_tokens[token.TokenIndex]!);
    }

    // The same conversions as AddConverted makes from ANTLR's tree, read from the rule that ends.
    internal void ExitStreamedRule(ParserRuleContext rule)
    {
        var open = _open.Pop();
        var children = open.ToImmutable();
        open.Clear();
        _spare.Push(open);
        if (_open.Count == 0)
        {
            _streamedRoot = children;
            return;
        }

        var parent = _open.Peek();
        switch (rule)
        {
            case SoftKeywordContext or NumericIdContext when IsToken(rule.Start.TokenIndex):
                AddAsIdentifier(rule.Start.TokenIndex, parent);
                break;
            case PathStepContext when rule.Start.Type == NUMBER:
                if (children.Length > 0)
                    parent.Add(SyntaxNodeFactory.Create(SyntaxKind.QualifiedName, children));
                break;
            default:
                AddRule(rule, children, parent);
                break;
        }
    }

    private static void CollectStructuralTokens(IParseTree tree, bool[] structural)
    {
        var stack = new Stack<IParseTree>();
        stack.Push(tree);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IErrorNode)
                continue;
            if (current is ITerminalNode terminal)
            {
                if (terminal.Symbol.TokenIndex >= 0)
                    structural[terminal.Symbol.TokenIndex] = true;
                continue;
            }

            for (var i = 0; i < current.ChildCount; i++)
                stack.Push(current.GetChild(i));
        }
    }

    private void BuildTokens(bool[] structural)
    {
        var tokens = _lexed.Tokens;
        _tokens = new SyntaxToken?[tokens.Count];
        var leading = new List<(SyntaxKind Kind, string Text)>();
        var trailing = new List<(SyntaxKind Kind, string Text)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!structural[i])
            {
                i = AddTrivia(leading, i, structural);
                continue;
            }

            // Trailing trivia: same-line whitespace and comments, up to and including the line break.
            var next = i + 1;
            while (next < tokens.Count && !structural[next] && tokens[next].Channel == TokenConstants.HiddenChannel)
            {
                next = AddTrivia(trailing, next, structural);
                if (trailing[^1].Kind == SyntaxKind.EndOfLineTrivia)
                    break;
            }

            _tokens[i] = CreateToken(token, _runs.Take(leading), _runs.Take(trailing));
            i = next;
        }
    }

    /// <summary>Adds the trivia that starts at token <paramref name="index"/> and returns the index after it.</summary>
    private int AddTrivia(List<(SyntaxKind Kind, string Text)> trivia, int index, bool[] structural)
    {
        var tokens = _lexed.Tokens;
        var token = tokens[index];
        var span = _lexed.SpanOf(token);
        var kind = token.Channel switch
        {
            TokenConstants.HiddenChannel => TokenKinds.ToKind(token.Type),
            _ when TokenKinds.ToKind(token.Type) == SyntaxKind.InvalidCharacterTrivia => SyntaxKind.InvalidCharacterTrivia,
            _ => SyntaxKind.SkippedTokenTrivia,
        };

        // A run of invalid characters reads as one piece of garbage: one trivia, one diagnostic.
        // The run is measured first and its text cut once, so a file of millions of stray
        // characters stays linear.
        var next = index + 1;
        if (kind == SyntaxKind.InvalidCharacterTrivia)
        {
            while (next < tokens.Count && !structural[next] && token.Channel == tokens[next].Channel
                   && TokenKinds.ToKind(tokens[next].Type) == SyntaxKind.InvalidCharacterTrivia
                   && _lexed.StartOf(tokens[next]) == span.End)
            {
                span = TextSpan.FromBounds(span.Start, _lexed.SpanOf(tokens[next]).End);
                next++;
            }
        }

        var text = next == index + 1 ? LexedText.TextOf(token) : _lexed.Text.ToString(span);
        trivia.Add((kind, text));
        return next;
    }

    private SyntaxToken CreateToken(IToken token, TriviaRun leading, TriviaRun trailing)
    {
        var kind = TokenKinds.ToKind(token.Type);
        var text = LexedText.TextOf(token);
        var start = _lexed.StartOf(token);
        var value = kind switch
        {
            SyntaxKind.StringToken => StringLiteral.Decode(text, start, closed: true, _lexed.Text, _diagnostics),
            SyntaxKind.UnterminatedStringToken => StringLiteral.Decode(text, start, closed: false, _lexed.Text, _diagnostics),
            _ => null,
        };
        var detail = value is null || string.Equals(value, text, StringComparison.Ordinal)
            ? _details.Get(leading, trailing)
            : TokenDetail.WithValue(leading, trailing, value);
        return new SyntaxToken(kind, start, text, detail, isMissing: false);
    }

    private ImmutableArray<SyntaxElement> Convert(IParseTree tree)
    {
        var result = ImmutableArray.CreateBuilder<SyntaxElement>();
        for (var i = 0; i < tree.ChildCount; i++)
            AddConverted(tree.GetChild(i), result);
        return result.ToImmutable();
    }

    private void AddConverted(IParseTree child, ImmutableArray<SyntaxElement>.Builder result)
    {
        switch (child)
        {
            case IErrorNode error when error.Symbol.TokenIndex < 0:
                // A token conjured by single-token insertion: a zero-width missing token.
                result.Add(new SyntaxToken(TokenKinds.ToKind(error.Symbol.Type), _lastTokenEnd, "", TokenDetail.None, isMissing: true));
                break;
            case IErrorNode:
                break; // Its token is already skipped trivia.
            case ITerminalNode terminal when terminal.Symbol.TokenIndex >= 0 && terminal.Symbol.TokenIndex < _tokens.Length
                                            && _tokens[terminal.Symbol.TokenIndex] is { } token:
                result.Add(token);
                _lastTokenEnd = token.Span.End;
                break;
            // A keyword where a name is expected is a name (a contextual keyword, as in C#'s `var`),
            // and so is the number of a CMOC numbered `12` or `4.3`: the tree says so, so the
            // binder and every tool read them as names.
            case NameContext name when name.softKeyword() is { } soft && IsToken(soft.Start.TokenIndex):
                AddAsIdentifier(soft.Start.TokenIndex, result);
                break;
            case NumericIdContext number when IsToken(number.Start.TokenIndex):
                AddAsIdentifier(number.Start.TokenIndex, result);
                break;
            case PathStepContext step when step.qualifiedName() is null:
                // A chain step that is a numbered CMOC (or a name recovery conjured) reads as any
                // other step: a qualified name.
                var stepChildren = Convert(step);
                if (stepChildren.Length > 0)
                    result.Add(SyntaxNodeFactory.Create(SyntaxKind.QualifiedName, stepChildren));
                break;
            case ParserRuleContext rule:
                AddRule(rule, Convert(rule), result);
                break;
        }
    }

    private static void AddRule(ParserRuleContext rule, ImmutableArray<SyntaxElement> children, ImmutableArray<SyntaxElement>.Builder result)
    {
        if (NodeKinds.ToKind(rule) is { } kind)
        {
            if (children.Length > 0)
                result.Add(SyntaxNodeFactory.Create(kind, children));
        }
        else
        {
            result.AddRange(children); // Choice and single-token rules add no node of their own.
        }
    }

    private bool IsToken(int index) => index >= 0 && index < _tokens.Length && _tokens[index] is not null;

    /// <summary>Adds the token at <paramref name="index"/> as a name, and keeps it as one for later references to that index.</summary>
    private void AddAsIdentifier(int index, ImmutableArray<SyntaxElement>.Builder result)
    {
        var token = _tokens[index]!;
        var identifier = token.AsIdentifier();
        _tokens[index] = identifier;
        result.Add(identifier);
        _lastTokenEnd = identifier.Span.End;
    }
}
