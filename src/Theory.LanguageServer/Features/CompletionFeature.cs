using Theory.LanguageServer.Protocol;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;
using TextEdit = Theory.LanguageServer.Protocol.TextEdit;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Completion from where the cursor is: clause keywords at the start of a clause (those of the
/// block it is in), declaration keywords between declarations, construct names (and their aliases
/// and labels as references would write them) and levels where a term goes, CMOC IDs in a chain,
/// stages after `stage`, typology types after `for`, kinds after `kind`, and citation keys with
/// their author and year after `@`.
/// </summary>
internal static class CompletionFeature
{
    private const int KeywordKind = 14, ConstructKind = 7, CmocKind = 23, StageKind = 20, ReferenceKind = 18, ValueKind = 12;

    private static readonly string[] DeclarationKeywords = ["construct", "cmoc", "link", "chain", "feedback", "mrt", "theme", "cluster", "criterion", "measure", "typology", "stages", "import", "default evidence", "note", "theory"];
    private static readonly string[] CmocClauses = ["context", "mechanism", "outcome", "resource", "reasoning", "when", "unless", "for", "stage", "evidence", "status", "provenance", "confidence", "moderated by", "description", "note"];
    private static readonly string[] LinkClauses = ["when", "unless", "for", "stage", "evidence", "status", "provenance", "confidence", "moderated by", "description", "note"];
    private static readonly string[] ConstructClauses = ["kind", "aliases", "description", "specialises", "inverse of", "note"];
    private static readonly string[] TheoryClauses = ["title", "version", "authors", "refines", "bibliography", "description", "note"];
    private static readonly string[] FeedbackClauses = ["loop", "polarity", "description", "note"];
    private static readonly string[] MeasureClauses = ["scale", "indicates", "reverse", "description", "note"];

    private static readonly HashSet<SyntaxKind> TermStarts =
    [
        SyntaxKind.ContextKeyword, SyntaxKind.MechanismKeyword, SyntaxKind.OutcomeKeyword, SyntaxKind.ReasoningKeyword,
        SyntaxKind.IfKeyword, SyntaxKind.ThenKeyword, SyntaxKind.BecauseKeyword, SyntaxKind.WhenKeyword, SyntaxKind.UnlessKeyword,
        SyntaxKind.FatArrowToken, SyntaxKind.ArrowToken, SyntaxKind.ByKeyword, SyntaxKind.SpecialisesKeyword, SyntaxKind.IndicatesKeyword,
        SyntaxKind.OfKeyword, SyntaxKind.LoopKeyword,
    ];

    public static CompletionList Complete(TheorySession session, SyntaxTree tree, int offset)
    {
        var text = tree.Text.ToString();
        var start = offset;
        while (start > 0 && IsWordChar(text[start - 1]))
            start--;
        var typed = new TextSpan(start, offset - start);
        var compilation = session.CompilationOf(tree);
        var previous = tree.Root.DescendantTokens().LastOrDefault(t => t.Span.End <= start && t.Span.Length > 0 && !t.IsMissing);
        var items = new List<CompletionItem>();
        var edit = (string value) => new TextEdit(LspText.ToRange(tree.Text, typed), value);

        if (start > 0 && text[start - 1] == '@')
        {
            typed = new TextSpan(start - 1, offset - start + 1);
            foreach (var source in compilation?.Bibliographies.SelectMany(b => b.Entries) ?? [])
                items.Add(new CompletionItem("@" + source.Name, ReferenceKind, source.ShortReference,
                    source.Title is { } title ? MarkupContent.Markdown(MarkdownText.Escape(title)) : null,
                    new TextEdit(LspText.ToRange(tree.Text, typed), "@" + source.Name), null, "@" + source.Name));
            return new CompletionList(false, [.. items]);
        }

        var kind = previous?.Kind ?? SyntaxKind.None;
        if (compilation is not null && previous is not null)
        {
            if (kind == SyntaxKind.StageKeyword || (kind == SyntaxKind.LessThanToken && previous.Parent is StagesDeclarationSyntax))
                return List(compilation.Stages.Where(s => !s.IsAtemporal).Select(s => new CompletionItem(s.Name, StageKind, "stage", null, edit(s.Name), null, null)));
            if (kind == SyntaxKind.ForKeyword || (kind == SyntaxKind.CommaToken && previous.Parent is ScopeClauseSyntax))
                return List(compilation.Typologies.SelectMany(t => t.Types).Select(t => new CompletionItem(t.QualifiedName, StageKind, t.Label ?? "type", null, edit(t.QualifiedName), null, null)));
            if (kind == SyntaxKind.KindKeyword)
                return List(Vocabulary.ConstructKinds.Keywords.Select(k => new CompletionItem(k, ValueKind, "construct kind", null, edit(k), null, null)));
            if (previous.Parent?.AncestorsAndSelf().Any(a => a is ChainDeclarationSyntax) == true && kind is SyntaxKind.ColonToken or SyntaxKind.ArrowToken)
                return List(compilation.Cmocs.Select(c => new CompletionItem(c.Name, CmocKind, c.Label ?? "CMOC", null, edit(c.Name), null, null)));
            if (TermStarts.Contains(kind) || IsInTermList(previous) || Vocabulary.Qualifiers.TryGetValue(previous.Text, out _)
                || (kind == SyntaxKind.ColonToken && previous.Parent is CmocDeclarationSyntax or LinkDeclarationSyntax or FeedbackDeclarationSyntax))
            {
                items.AddRange(Constructs(compilation, edit));
                if (!Vocabulary.Qualifiers.TryGetValue(previous.Text, out _))
                    items.AddRange(Vocabulary.Qualifiers.Keywords.Select(k => new CompletionItem(k, KeywordKind, "level or direction", null, edit(k), "~" + k, null)));
                return List(items);
            }
        }

        var keywords = KeywordsFor(previous, start);
        return List(keywords.Select(k => new CompletionItem(k, KeywordKind, null, null, edit(k), null, null)));
    }

    private static CompletionList List(IEnumerable<CompletionItem> items) => new(false, [.. items]);

    private static IEnumerable<CompletionItem> Constructs(Compilation compilation, Func<string, TextEdit> edit)
    {
        foreach (var construct in compilation.Constructs)
        {
            var documentation = construct.Description is { } description ? MarkupContent.Markdown(MarkdownText.Escape(description)) : null;
            yield return new CompletionItem(construct.Name, ConstructKind, construct.Label ?? construct.ConstructKind.ToString().ToLowerInvariant(), documentation, edit(construct.Name), null, null);
            // Aliases and labels, as a reference writes them; they insert the construct's own name.
            foreach (var other in construct.Aliases.Append(construct.Label ?? "").Where(a => a.Length > 0))
            {
                var written = Written(other);
                if (written.Length > 0 && written != construct.Name)
                    yield return new CompletionItem(written, ConstructKind, $"→ {construct.Name}", documentation, edit(construct.Name), "~" + written, written);
            }
        }
    }

    private static string Written(string alias) =>
        string.Join("_", alias.ToLowerInvariant().Split([' ', '-', ',', '.', '\'', '’', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries));

    private static bool IsInTermList(SyntaxToken token) =>
        token.Kind == SyntaxKind.CommaToken && token.Parent is TermListSyntax;

    private static IEnumerable<string> KeywordsFor(SyntaxToken? previous, int offset)
    {
        for (var node = previous?.Parent; node is not null; node = node.Parent)
        {
            var open = node.ChildTokens().FirstOrDefault(t => t.Kind == SyntaxKind.OpenBraceToken);
            var close = node.ChildTokens().LastOrDefault(t => t.Kind == SyntaxKind.CloseBraceToken && !t.IsMissing);
            var inside = open is not null && open.Span.End <= offset && (close is null || close.Span.Start >= offset);
            switch (node)
            {
                case CmocBlockSyntax when inside:
                    return CmocClauses;
                case ConstructBodySyntax when inside:
                    return ConstructClauses;
                case TheoryBodySyntax when inside:
                    return TheoryClauses;
                case FeedbackBodySyntax when inside:
                    return FeedbackClauses;
                case MeasureBodySyntax when inside:
                    return MeasureClauses;
                case ModeratorBodySyntax when inside:
                    return ["mechanism", "evidence", "description", "note"];
                case GroupBodySyntax when inside:
                    return DeclarationKeywords.Where(k => k is not ("theory" or "import" or "stages" or "typology")).Append("description");
                case CmocDeclarationSyntax { Block: null }:
                    return CmocClauses.Append("cmoc");
                case LinkDeclarationSyntax:
                    return LinkClauses.Append("link");
            }
        }

        return DeclarationKeywords;
    }

    // CMOC IDs such as `P4-20` and `CF1.2` are one word.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';
}
