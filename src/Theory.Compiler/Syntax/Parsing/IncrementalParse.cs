using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Theory.Diagnostics;
using Theory.Text;

namespace Theory.Syntax.Parsing;

/// <summary>
/// Parses an edited file again without parsing what the edit left alone. The tokens the parser
/// reads are compared, by text, with the previous tree's from the start and from the end; what
/// differs between is the edit. The members it touches (declarations of the file, or of the
/// innermost group whose braces hold the whole edit) are parsed on their own, widened until they
/// start with a reserved word (`cmoc`, `construct`, `mrt`, ...) and the member after them does
/// too: nothing before a reserved word can continue across it, the cut that lets a large file be
/// parsed in slices (<see cref="DeclarationSlices"/>). Every other node keeps its shape and is made
/// again over the new tokens, so positions and trivia are the new text's. The result is the tree
/// and diagnostics a fresh parse gives. Whatever this cannot vouch for is left to the usual path
/// (null): a previous tree made by error recovery, braces nested beyond the limit or not pairing
/// up, members that do not parse (then neither does the file: recovery decides what it means).
/// </summary>
internal sealed class IncrementalParse
{
    private readonly SourceText _text;
    private readonly List<SyntaxToken> _oldTokens;
    private readonly List<SyntaxToken> _newTokens;

    private IncrementalParse(SourceText text, List<SyntaxToken> oldTokens, List<SyntaxToken> newTokens)
    {
        _text = text;
        _oldTokens = oldTokens;
        _newTokens = newTokens;
    }

    /// <param name="previous">The parse of <paramref name="oldText"/>.</param>
    /// <param name="oldText">The text before the edit.</param>
    /// <param name="newText">The text after it.</param>
    public static ParseResult? TryReparse(ParseResult previous, SourceText oldText, SourceText newText)
    {
        // A previous text with something to report (an invalid character, a bad escape) is parsed
        // whole: what it reported would have to move with the edit.
        if (!previous.WithoutRecovery || !previous.Diagnostics.IsEmpty)
            return null;

        var oldTokens = new List<SyntaxToken>();
        foreach (var token in previous.Root.DescendantTokens())
        {
            if (token.IsMissing)
                return null;
            oldTokens.Add(token);
        }

        if (EditedTokens.Make(oldTokens, oldText, newText) is not { } edited
            || new IncrementalParse(newText, oldTokens, edited.Tokens).Reparse(previous.Root) is not { } result)
            return null;
        return new ParseResult(result.Root, edited.Diagnostics) { WithoutRecovery = true, ReparsedTokens = result.Parsed };
    }

    private (CompilationUnitSyntax Root, int Parsed)? Reparse(CompilationUnitSyntax old)
    {
        // The edit: old tokens [same, oldEnd) became new tokens [same, newEnd); ends of file aside.
        var oldCount = _oldTokens.Count - 1;
        var newCount = _newTokens.Count - 1;
        var same = 0;
        while (same < oldCount && same < newCount && SameText(same, same))
            same++;
        var sameAtEnd = 0;
        while (sameAtEnd < oldCount - same && sameAtEnd < newCount - same && SameText(oldCount - 1 - sameAtEnd, newCount - 1 - sameAtEnd))
            sameAtEnd++;
        var edit = new Edit(same, oldCount - sameAtEnd, newCount - oldCount);

        if (edit.Start == oldCount && edit.Shift == 0)
            return ((CompilationUnitSyntax)new Rebuilder(this, null).Element(old), 0);

        // The members touched, in the innermost body that holds the whole edit. When they do not
        // parse, neither does the file: the body's braces and the members around them are
        // unchanged, and a reserved word starts the member after them.
        var (body, firstToken) = InnermostBody(old, edit);
        if (Members(body, firstToken, edit) is not { } members || Parse(body, members) is not { } parsed)
            return null;
        var replacement = new Replacement(body, members.First, members.Last, parsed, members.NewEnd);
        return ((CompilationUnitSyntax)new Rebuilder(this, replacement).Element(old), members.NewEnd - members.NewStart);
    }

    private bool SameText(int oldIndex, int newIndex) =>
        string.Equals(_oldTokens[oldIndex].Text, _newTokens[newIndex].Text, StringComparison.Ordinal);

    /// <summary>Old tokens from <see cref="Start"/> up to <see cref="End"/> changed; the new text has <see cref="Shift"/> more tokens.</summary>
    private readonly record struct Edit(int Start, int End, int Shift);

    /// <summary>Members <see cref="First"/> to <see cref="Last"/> of a body (by child index), at new tokens from <see cref="NewStart"/> up to <see cref="NewEnd"/>.</summary>
    private sealed record MemberRange(int First, int Last, int NewStart, int NewEnd);

    private sealed record Replacement(SyntaxNode Body, int First, int Last, ImmutableArray<SyntaxElement> Members, int NewEnd);

    /// <summary>
    /// The innermost body (the file's root, or a group's body) that holds the whole edit within its
    /// braces, with the index of its first token among the old tokens.
    /// </summary>
    private static (SyntaxNode Body, int FirstToken) InnermostBody(CompilationUnitSyntax root, Edit edit)
    {
        SyntaxNode body = root;
        var start = 0;
        while (true)
        {
            var index = start;
            SyntaxNode? inner = null;
            foreach (var child in body.Children)
            {
                var count = TokenCount(child);
                if (child is SyntaxNode { Kind: SyntaxKind.GroupDeclaration } group && index < edit.Start && edit.End <= index + count - 1)
                {
                    // Within the braces: the opening brace and the closing one are both unchanged.
                    if (group.Children[^1] is GroupBodySyntax groupBody && index + count - TokenCount(groupBody) < edit.Start)
                    {
                        inner = groupBody;
                        index += count - TokenCount(groupBody);
                    }

                    break;
                }

                index += count;
            }

            if (inner is null)
                return (body, start);
            (body, start) = (inner, index);
        }
    }

    /// <summary>
    /// The members of a body the edit touches, widened until the member before them and the one
    /// after them start with a reserved word (or the body's own edge is there); null when no
    /// member is touched in a way this can parse on its own.
    /// </summary>
    private MemberRange? Members(SyntaxNode body, int firstToken, Edit edit)
    {
        var children = body.Children;
        // A group body's braces, and the root's end of file, are not members.
        var from = body is GroupBodySyntax ? 1 : 0;
        var to = children.Length - 1;
        var starts = new int[children.Length + 1];
        starts[0] = firstToken;
        for (var i = 0; i < children.Length; i++)
            starts[i + 1] = starts[i] + TokenCount(children[i]);

        // The last member that starts where the edit starts or before (or the first member), and
        // the first that reaches the edit's end (or the last): the tokens after it are unchanged.
        var first = from;
        for (var i = from; i < to; i++)
        {
            if (starts[i] <= edit.Start)
                first = i;
        }

        var last = to - 1;
        for (var i = to - 1; i >= from; i--)
        {
            if (starts[i + 1] >= edit.End)
                last = i;
        }

        // The range must start with a reserved word, the one unchanged or the edit's own first.
        while (first > from && !(starts[first] < edit.Start ? StartsRun(children[first]) : NewTokenStartsRun(edit.Start)))
            first--;
        while (last + 1 < to && !StartsRun(children[last + 1]))
            last++;
        if (first > last + 1)
            return null;

        var newStart = starts[first];
        var newEnd = starts[last + 1] + edit.Shift;
        return newEnd < newStart ? null : new MemberRange(first, last, newStart, newEnd);
    }

    private bool NewTokenStartsRun(int index) =>
        index < _newTokens.Count - 1 && DeclarationSlices.StartsRun(_newTokens[index].Kind);

    private static bool StartsRun(SyntaxElement member) =>
        member is SyntaxNode node && node.FirstToken is { } token && DeclarationSlices.StartsRun(token.Kind);

    /// <summary>The members the new tokens of a range make, parsed on their own; null when they do not parse.</summary>
    private ImmutableArray<SyntaxElement>? Parse(SyntaxNode body, MemberRange members)
    {
        if (members.NewStart == members.NewEnd)
            return [];
        if (!BracesBalance(members))
            return null;

        // The range's text, lexed alone: it starts where its first token's trivia starts and ends
        // where its last token's ends, so its tokens and trivia are the file's.
        var from = _newTokens[members.NewStart].FullSpan.Start;
        var to = _newTokens[members.NewEnd - 1].FullSpan.End;
        if (LexedText.LexPiece(_text, from, to) is not { } lexed)
            return null;
        var builder = new SyntaxTreeBuilder(lexed, new DiagnosticBag()); // what its tokens report, the edit's lexing reported
        builder.PrepareStreaming();
        var end = lexed.Tokens.Count - 1;
        if (body is CompilationUnitSyntax)
            return TheorySyntaxParser.TryStreamSlice(lexed, 0, end, builder) ? builder.StreamedDeclarations : null;
        return TryStreamMembers(lexed, end, builder);
    }

    /// <summary>
    /// False when the range's braces do not pair up: it cannot parse (the members of a large group
    /// need not be parsed to find that out).
    /// </summary>
    private bool BracesBalance(MemberRange members)
    {
        var depth = 0;
        for (var i = members.NewStart; i < members.NewEnd && depth >= 0; i++)
        {
            var kind = _newTokens[i].Kind;
            if (kind == SyntaxKind.OpenBraceToken)
                depth++;
            else if (kind == SyntaxKind.CloseBraceToken)
                depth--;
        }

        return depth == 0;
    }

    /// <summary>A group's members from the lexed tokens up to <paramref name="end"/>, as its body would parse them.</summary>
    private static ImmutableArray<SyntaxElement>? TryStreamMembers(LexedText lexed, int end, SyntaxTreeBuilder builder)
    {
        var parser = TheorySyntaxParser.FastParser(TheorySyntaxParser.SliceOf(lexed, 0, end), builder);
        var members = ImmutableArray.CreateBuilder<SyntaxElement>();
        try
        {
            while (parser.InputStream.LA(1) != TokenConstants.EOF)
            {
                parser.groupMember();
                members.AddRange(builder.StreamedDeclarations);
            }
        }
        catch (ParseCanceledException)
        {
            return null;
        }

        return members.ToImmutable();
    }

    private static int TokenCount(SyntaxElement element)
    {
        if (element is SyntaxToken token)
            return token.Kind == SyntaxKind.EndOfFileToken ? 0 : 1;
        var count = 0;
        foreach (var child in ((SyntaxNode)element).Children)
            count += TokenCount(child);
        return count;
    }

    /// <summary>Makes the previous tree's nodes again over the new tokens, with the parsed members in place of those they replace.</summary>
    private sealed class Rebuilder(IncrementalParse parse, Replacement? replacement)
    {
        private int _next;
        private bool _replaced;

        public SyntaxElement Element(SyntaxElement element)
        {
            if (element is SyntaxToken old)
                return Token(old);

            var node = (SyntaxNode)element;
            var children = ImmutableArray.CreateBuilder<SyntaxElement>(node.Children.Length);
            for (var i = 0; i < node.Children.Length; i++)
            {
                if (!_replaced && replacement is { } r && ReferenceEquals(node, r.Body) && i == r.First)
                {
                    // Members in place of First to Last (none, when the edit only added members here).
                    _replaced = true;
                    children.AddRange(r.Members);
                    _next = r.NewEnd;
                    i = r.Last;
                    continue;
                }

                children.Add(Element(node.Children[i]));
            }

            return SyntaxNodeFactory.Create(node.Kind, children.ToImmutable());
        }

        private SyntaxToken Token(SyntaxToken old)
        {
            var token = parse._newTokens[old.Kind == SyntaxKind.EndOfFileToken ? parse._newTokens.Count - 1 : _next++];
            // Equal texts lex alike; the one difference a tree makes is a keyword read as a name.
            if (token.Kind == old.Kind)
                return token;
            if (old.Kind == SyntaxKind.IdentifierToken)
                return token.AsIdentifier();
            throw new InvalidOperationException($"a {token.Kind} where the previous tree had a {old.Kind}");
        }
    }
}
