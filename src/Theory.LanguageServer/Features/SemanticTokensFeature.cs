using Theory.LanguageServer.Protocol;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Semantic tokens: what each word is, as the compiler bound it — a construct, a CMOC, a group, a
/// stage or type, a citation — beside keywords, strings, numbers, comments and operators, so an
/// editor can colour a soft keyword used as a name as a name.
/// </summary>
internal static class SemanticTokensFeature
{
    /// <summary>The legend's token types, in the order their indices are sent.</summary>
    public static readonly string[] TokenTypes = ["keyword", "string", "number", "comment", "operator", "class", "event", "namespace", "enumMember", "property", "variable"];

    /// <summary>The legend's one modifier: the name is declared here.</summary>
    public static readonly string[] TokenModifiers = ["declaration"];

    private const int Keyword = 0, String = 1, Number = 2, Comment = 3, Operator = 4, Construct = 5, Cmoc = 6, Group = 7, Member = 8, Citation = 9, Name = 10;

    public static SemanticTokens Tokens(TheorySession session, SyntaxTree tree)
    {
        var compilation = session.CompilationOf(tree);
        var model = compilation?.GetSemanticModel(tree);
        var items = new List<(int Start, int Length, int Type, int Modifiers)>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
                AddComment(items, trivia);
            if (token.Span.Length > 0 && Classify(compilation, model, token) is { } type)
                items.Add((token.Span.Start, token.Span.Length, type.Type, type.Declaration ? 1 : 0));
            foreach (var trivia in token.TrailingTrivia)
                AddComment(items, trivia);
        }

        // Relative encoding: line delta, start delta (from the previous token on the same line), length, type, modifiers.
        var data = new List<int>(items.Count * 5);
        int previousLine = 0, previousStart = 0;
        foreach (var (start, length, type, modifiers) in items)
        {
            // A token that spans lines (a block comment) is sent line by line.
            var position = start;
            var end = start + length;
            while (position < end)
            {
                var line = tree.Text.GetLineIndex(position);
                var lineInfo = tree.Text.Lines[line];
                var pieceEnd = Math.Min(end, lineInfo.End);
                var character = position - lineInfo.Start;
                if (pieceEnd > position)
                {
                    data.Add(line - previousLine);
                    data.Add(line == previousLine ? character - previousStart : character);
                    data.Add(pieceEnd - position);
                    data.Add(type);
                    data.Add(modifiers);
                    (previousLine, previousStart) = (line, character);
                }

                position = line + 1 < tree.Text.Lines.Length ? tree.Text.Lines[line + 1].Start : end;
            }
        }

        return new SemanticTokens([.. data]);
    }

    private static void AddComment(List<(int, int, int, int)> items, SyntaxTrivia trivia)
    {
        if (trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
            items.Add((trivia.Span.Start, trivia.Span.Length, Comment, 0));
    }

    private static (int Type, bool Declaration)? Classify(Compilation? compilation, SemanticModel? model, SyntaxToken token)
    {
        switch (token.Kind)
        {
            case SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken:
                return (String, false);
            case SyntaxKind.NumberToken:
                return (Number, false);
            case SyntaxKind.CitationToken:
                return (Citation, false);
            case SyntaxKind.FatArrowToken or SyntaxKind.ArrowToken or SyntaxKind.LessThanToken:
                return (Operator, false);
            case SyntaxKind.IdentifierToken:
                return ClassifyName(compilation, model, token);
            default:
                return token.Kind.ToString().EndsWith("Keyword", StringComparison.Ordinal) ? (Keyword, false) : null;
        }
    }

    private static (int Type, bool Declaration)? ClassifyName(Compilation? compilation, SemanticModel? model, SyntaxToken token)
    {
        switch (token.Parent)
        {
            case QualifiedNameSyntax name:
                return (model?.GetSymbol(name) switch
                {
                    ConstructSymbol => Construct,
                    CmocSymbol => Cmoc,
                    GroupSymbol => Group,
                    TypeSymbol or TypologySymbol => Member,
                    _ => Name,
                }, false);
            case StagesDeclarationSyntax:
                return (Member, true);
            case StageClauseSyntax:
                return (Member, false);
            case DeclarationSyntax declaration when model is not null:
                return (model.GetDeclaredSymbol(declaration) switch
                {
                    ConstructSymbol => Construct,
                    CmocSymbol => Cmoc,
                    GroupSymbol => Group,
                    TypeSymbol or TypologySymbol => Member,
                    _ => Name,
                }, true);
            case KindClauseSyntax or StatusClauseSyntax or ProvenanceClauseSyntax or PolarityClauseSyntax or ScaleClauseSyntax or ConfidenceClauseSyntax:
                return (Member, false);
            default:
                return compilation is null ? null : (Name, false);
        }
    }
}
