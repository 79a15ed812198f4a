using Theory.Formatting;
using Theory.Syntax;
using Theory.Text;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Rewrites a CMOC between its three forms — a block of clauses, `C => M -> O` on one line, and
/// `if C then O because M` — keeping every other clause. Offered only where nothing would be lost:
/// a block that pairs contexts with mechanisms (`context a => m`), says `any of`, or holds a
/// comment stays as it is. The result is laid out by the formatter.
/// </summary>
internal static class CmocFormConversions
{
    public sealed record Conversion(string Title, TextSpan Span, string NewText);

    public static IEnumerable<Conversion> Conversions(SyntaxTree tree, TextSpan span)
    {
        var token = tree.Root.DescendantTokens().LastOrDefault(t => t.Span.Start <= span.Start);
        if (token?.Parent?.AncestorsAndSelf().OfType<CmocDeclarationSyntax>().FirstOrDefault() is not { } cmoc || HasComment(cmoc))
            yield break;
        var parts = Parts(cmoc);
        if (parts is null)
            yield break;
        var line = tree.Text.Lines[tree.Text.GetLineIndex(cmoc.Span.Start)];
        var indent = cmoc.Span.Start - line.Start;
        if (cmoc.Block is not null || cmoc.InlineForm is CmocIfThenFormSyntax)
            yield return Make("Rewrite as one line (context => mechanism -> outcome)", cmoc, indent, Arrow(parts));
        if (cmoc.Block is not null || cmoc.InlineForm is CmocArrowFormSyntax)
            yield return Make("Rewrite as if … then … because", cmoc, indent, IfThen(parts));
        if (cmoc.Block is null)
            yield return Make("Rewrite as a block of clauses", cmoc, indent, Block(parts));
    }

    private sealed record CmocParts(string Head, string Contexts, string Mechanisms, string Outcomes, List<string> Clauses);

    private static CmocParts? Parts(CmocDeclarationSyntax cmoc)
    {
        var head = string.Join(" ", cmoc.ChildTokens().TakeWhile(t => t.Kind != SyntaxKind.ColonToken).Select(t => t.Text));
        if (cmoc.Block is { } block)
        {
            var contexts = block.Members.OfType<ContextClauseSyntax>().ToList();
            var mechanisms = block.Members.OfType<MechanismClauseSyntax>().ToList();
            var outcomes = block.Members.OfType<OutcomeClauseSyntax>().ToList();
            if (contexts.Count != 1 || outcomes.Count != 1 || mechanisms.Count > 1
                || contexts[0].FatArrowToken is not null || contexts[0].ChildNodes().OfType<CombinationSyntax>().Any()
                || outcomes[0].ChildNodes().OfType<CombinationSyntax>().Any())
                return null;
            var rest = block.Members.Where(m => m is not (ContextClauseSyntax or MechanismClauseSyntax or OutcomeClauseSyntax)).Select(m => m.ToString()).ToList();
            return new CmocParts(head, Terms(contexts[0]), mechanisms.Count == 0 ? "" : Terms(mechanisms[0]), Terms(outcomes[0]), rest);
        }

        if (cmoc.InlineForm is not { } form)
            return null;
        return new CmocParts(head, string.Join(", ", form.Contexts), string.Join(", ", form.Mechanisms), string.Join(", ", form.Outcomes),
            [.. cmoc.Clauses.Select(c => c.ToString())]);
    }

    private static string Terms(SyntaxNode clause) => string.Join(", ", clause.ChildNodes().OfType<TermListSyntax>().First().Terms);

    private static string Arrow(CmocParts p) =>
        $"{p.Head}: {p.Contexts}{(p.Mechanisms.Length > 0 ? " => " + p.Mechanisms : "")} -> {p.Outcomes}" + Continued(p.Clauses);

    private static string IfThen(CmocParts p) =>
        $"{p.Head} if {p.Contexts} then {p.Outcomes}{(p.Mechanisms.Length > 0 ? " because " + p.Mechanisms : "")}" + Continued(p.Clauses);

    private static string Block(CmocParts p)
    {
        var clauses = new List<string> { "context " + p.Contexts };
        if (p.Mechanisms.Length > 0)
            clauses.Add("mechanism " + p.Mechanisms);
        clauses.Add("outcome " + p.Outcomes);
        clauses.AddRange(p.Clauses);
        return $"{p.Head} {{\n{string.Join("\n", clauses)}\n}}";
    }

    private static string Continued(List<string> clauses) => string.Concat(clauses.Select(c => "\n" + c));

    private static Conversion Make(string title, CmocDeclarationSyntax cmoc, int indent, string text)
    {
        // Laid out on its own, then moved to the declaration's indentation.
        var formatted = TheoryFormatter.Format(SyntaxTree.ParseText(text)) ?? text;
        var pad = new string(' ', indent);
        var lines = formatted.TrimEnd('\n').Split('\n');
        return new Conversion(title, cmoc.Span, string.Join("\n", lines.Select((l, i) => i == 0 || l.Length == 0 ? l : pad + l)));
    }

    private static bool HasComment(SyntaxNode node) =>
        node.DescendantTokens().Skip(1).Any(t => t.LeadingTrivia.Any(IsComment)) || node.DescendantTokens().SkipLast(1).Any(t => t.TrailingTrivia.Any(IsComment));

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;
}
