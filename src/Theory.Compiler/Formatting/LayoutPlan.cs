using Theory.Syntax;

namespace Theory.Formatting;

/// <summary>
/// The canonical layout of a tree, decided from its structure: which tokens start a line (and at
/// what indentation), which blank lines are required, and how far each clause keyword is padded so
/// that the values of a block line up. <see cref="TheoryFormatter"/> then writes the tokens with
/// their comments according to this plan.
/// </summary>
internal sealed class LayoutPlan
{
    /// <summary>Lines longer than this are broken where the language allows it (the if–then–because form).</summary>
    public const int LineWidth = 100;

    private const int IndentWidth = 2;

    private readonly Dictionary<SyntaxToken, LineStart> _lineStarts = new();
    private readonly Dictionary<SyntaxToken, int> _paddingAfter = new();
    private readonly Dictionary<SyntaxNode, bool> _multiLine = new(SyntaxNodeIdentityComparer.Instance);

    private LayoutPlan()
    {
    }

    public static LayoutPlan For(CompilationUnitSyntax root)
    {
        var plan = new LayoutPlan();
        plan.LayOutMembers(root.ChildNodes().ToList(), indent: 0, align: false);
        return plan;
    }

    public static string IndentText(int indent) => new(' ', indent * IndentWidth);

    public bool TryGetLineStart(SyntaxToken token, out LineStart start) => _lineStarts.TryGetValue(token, out start);

    /// <summary>Spaces after <paramref name="token"/> when the next token follows on the same line.</summary>
    public int SpacesAfter(SyntaxToken token, SyntaxToken next) =>
        _paddingAfter.TryGetValue(token, out var padding) ? padding : TokenSpacing.Spaces(token, next);

    private void LayOutMembers(IReadOnlyList<SyntaxNode> members, int indent, bool align)
    {
        foreach (var member in members)
            LayOut(member, indent);

        var keywordWidth = align ? members.Where(IsAligned).Select(m => m.FirstToken!.Text.Length).DefaultIfEmpty(0).Max() : 0;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.FirstToken is not { } first)
                continue;
            // A multi-line declaration stands apart from its neighbours; one-line declarations
            // keep the author's grouping (a list of constructs, a list of links).
            var apart = i > 0
                && (member is DeclarationSyntax && SpansLines(member) || members[i - 1] is DeclarationSyntax && SpansLines(members[i - 1]));
            _lineStarts[first] = new LineStart(indent, null, apart);
            if (align && IsAligned(member))
                _paddingAfter[first] = keywordWidth - first.Text.Length + 1;
        }
    }

    /// <summary>
    /// Clauses whose keyword is one word take part in lining up values; `moderated by` and
    /// `inverse of` read as two-word keywords and are written with single spaces.
    /// </summary>
    private static bool IsAligned(SyntaxNode member) =>
        member.Children.Length > 1 && member.FirstToken is not null
        && !(member.Children[1] is SyntaxToken { Kind: SyntaxKind.ByKeyword or SyntaxKind.OfKeyword });

    private void LayOut(SyntaxNode node, int indent)
    {
        switch (node)
        {
            case AttributeListSyntax:
                // `{ integration low, mandated no }` stays on the line of its type.
                LayOutChildren(node, indent);
                return;
            case BlockSyntax block:
                LayOutBlock(block, block.Members.ToList(), indent, align: block is not GroupBodySyntax);
                return;
            case TypologyDeclarationSyntax typology:
                LayOutBlock(typology, typology.ChildNodes().ToList(), indent, align: false);
                AlignAttributeLists(typology.Types.ToList());
                return;
            case DefaultEvidenceDeclarationSyntax:
                // `default evidence @x`: the clause is the declaration's own, on its line.
                LayOutChildren(node, indent);
                return;
            case CmocIfThenFormSyntax ifThen:
                LayOutChildren(node, indent);
                BreakIfThenIfLong(ifThen, indent);
                return;
            case DeclarationSyntax:
                LayOutChildren(node, indent);
                // Clauses after a one-line form (`cmoc X: a => b -> c` then `evidence @y`) go on
                // their own lines, one level in, lined up like a block's.
                var clauses = node.ChildNodes().Where(c => c is ClauseSyntax).ToList();
                if (clauses.Count > 0)
                    LayOutMembers(clauses, indent + 1, align: true);
                return;
            default:
                LayOutChildren(node, indent);
                return;
        }
    }

    private void LayOutChildren(SyntaxNode node, int indent)
    {
        foreach (var child in node.ChildNodes())
            LayOut(child, indent);
    }

    private void LayOutBlock(SyntaxNode block, List<SyntaxNode> members, int indent, bool align)
    {
        if (!IsMultiLine(block, members))
        {
            foreach (var member in members)
                LayOut(member, indent);
            return;
        }

        LayOutMembers(members, indent + 1, align);
        if (block.ChildTokens().LastOrDefault(t => t.Kind == SyntaxKind.CloseBraceToken) is { } close)
            _lineStarts[close] = new LineStart(indent, null, false);
    }

    /// <summary>A typology's types line up their attribute lists, a table of their values.</summary>
    private void AlignAttributeLists(List<TypeDeclarationSyntax> types)
    {
        var heads = types
            .Select(t => (Tokens: t.ChildTokens().ToList(), List: t.ChildNodes().OfType<AttributeListSyntax>().FirstOrDefault()))
            .Where(t => t.List is not null && t.Tokens.Count > 0)
            .Select(t => (Last: t.Tokens[^1], Width: TokenSpacing.FlatWidth(t.Tokens, out _)))
            .ToList();
        if (heads.Count < 2)
            return;
        var width = heads.Max(h => h.Width);
        foreach (var (last, headWidth) in heads)
            _paddingAfter[last] = width - headWidth + 1;
    }

    /// <summary>
    /// A block is written one member per line, unless it holds a single member that the author
    /// wrote on the block's line (`{ kind state }`) and that itself fits on one line.
    /// </summary>
    private bool IsMultiLine(SyntaxNode block, List<SyntaxNode> members)
    {
        if (_multiLine.TryGetValue(block, out var known))
            return known;
        bool result;
        if (members.Count == 0)
            result = HasCommentInside(block);
        else if (block is GroupBodySyntax or TypologyDeclarationSyntax || members.Count > 1)
            result = true;
        else
            result = HasLineBreakOrCommentInside(block) || ContainsMultiLineBlock(members[0]);
        _multiLine[block] = result;
        return result;
    }

    private bool ContainsMultiLineBlock(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodesAndSelf())
        {
            if (descendant is BlockSyntax block and not AttributeListSyntax && IsMultiLine(block, block.Members.ToList()))
                return true;
            if (descendant is DeclarationSyntax and not DefaultEvidenceDeclarationSyntax && descendant.ChildNodes().Any(c => c is ClauseSyntax))
                return true;
        }

        return false;
    }

    /// <summary>Comments or line breaks between a block's opening brace and its closing brace.</summary>
    private static bool HasLineBreakOrCommentInside(SyntaxNode block) => InnerGaps(block).Any(g => g.LineBreaks > 0 || g.Comments.Length > 0);

    private static bool HasCommentInside(SyntaxNode block) => InnerGaps(block).Any(g => g.Comments.Length > 0);

    private static IEnumerable<TriviaGap> InnerGaps(SyntaxNode block)
    {
        SyntaxToken? previous = null;
        var inside = false;
        foreach (var token in block.DescendantTokens())
        {
            if (inside && previous is not null)
                yield return TriviaGap.Between(previous, token);
            if (!inside && token.Kind == SyntaxKind.OpenBraceToken && token.Parent == block)
                inside = true;
            previous = token;
        }
    }

    /// <summary>
    /// True when the node will take more than one line: some token after its first starts a line,
    /// or a comment inside it ends a line.
    /// </summary>
    private bool SpansLines(SyntaxNode node)
    {
        SyntaxToken? previous = null;
        foreach (var token in node.DescendantTokens())
        {
            if (previous is not null)
            {
                if (_lineStarts.ContainsKey(token))
                    return true;
                var gap = TriviaGap.Between(previous, token);
                if (gap.Comments.Any(c => c.IsLineComment || c.LineBreaksBefore > 0 || c.SpansLines))
                    return true;
            }

            previous = token;
        }

        return false;
    }

    private void BreakIfThenIfLong(CmocIfThenFormSyntax form, int indent)
    {
        if (form.Parent is not { } declaration || form.ChildTokens().FirstOrDefault(t => t.Kind == SyntaxKind.IfKeyword) is not { } ifToken)
            return;
        var width = indent * IndentWidth + TokenSpacing.FlatWidth(declaration.DescendantTokens().TakeWhile(t => t.Span.Start < form.Span.End), out var hasComment);
        if (width <= LineWidth && !hasComment)
            return;
        foreach (var token in form.ChildTokens())
        {
            if (token.Kind is SyntaxKind.ThenKeyword or SyntaxKind.BecauseKeyword)
                _lineStarts[token] = new LineStart(indent, ifToken, false);
        }
    }
}
