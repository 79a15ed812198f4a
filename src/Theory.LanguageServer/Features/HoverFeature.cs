using System.Text;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.LanguageServer.Protocol;
using Theory.Refactoring;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.LanguageServer.Features;

/// <summary>
/// What hovering shows: a construct's label, kind, description, aliases and the CMOCs it plays each
/// part in; a CMOC as its if–then–because sentence with its evidence; a citation's entry; a
/// stage's place in the order; a group's kind; a diagnostic ID's title.
/// </summary>
internal static partial class HoverFeature
{
    public static Hover? Hover(TheorySession session, SyntaxTree tree, int offset)
    {
        if (DiagnosticIdAt(tree, offset) is { } id)
            return id;
        if (session.CompilationOf(tree) is not { } compilation || SymbolFinder.FindAt(compilation, tree, offset) is not { } symbol)
            return null;
        var text = symbol switch
        {
            ConstructSymbol construct => Describe(compilation, construct),
            CmocSymbol cmoc => Describe(cmoc),
            SourceSymbol source => Describe(source),
            StageSymbol stage => $"**stage** {MarkdownText.Code(stage.Name)}: number {stage.Order + 1} of {compilation.Stages.Count(s => !s.IsAtemporal)} in the order {string.Join(" < ", compilation.Stages.Where(s => !s.IsAtemporal).OrderBy(s => s.Order).Select(s => MarkdownText.Code(s.Name)))}",
            GroupSymbol group => $"**{group.GroupKind.ToString().ToLowerInvariant()}** {MarkdownText.Code(group.Name)}{Label(group)}\n\n{MarkdownText.Escape(group.Description)}".TrimEnd(),
            _ => $"**{symbol.Kind.ToString().ToLowerInvariant()}** {MarkdownText.Code(symbol.Name)}{Label(symbol)}",
        };
        return new Hover(MarkupContent.Markdown(text), null);
    }

    private static string Label(Symbol symbol) => string.IsNullOrEmpty(symbol.Label) ? "" : " — " + MarkdownText.Escape(symbol.Label);

    private static string Describe(Compilation compilation, ConstructSymbol construct)
    {
        var text = new StringBuilder();
        text.Append($"**construct** {MarkdownText.Code(construct.Name)}{Label(construct)}\n\n");
        text.Append($"*{construct.ConstructKind.ToString().ToLowerInvariant()}*");
        if (!construct.Aliases.IsEmpty)
            text.Append("; also called ").Append(string.Join(", ", construct.Aliases.Select(a => "“" + MarkdownText.Escape(a) + "”")));
        text.Append("\n\n");
        if (!string.IsNullOrEmpty(construct.Description))
            text.Append(MarkdownText.Escape(construct.Description)).Append("\n\n");
        foreach (var (role, uses) in compilation.GetUsages(construct).ByRole)
        {
            if (uses.IsEmpty)
                continue;
            var names = uses.Select(u => u.Claim.Name).Distinct(StringComparer.Ordinal).ToList();
            text.Append($"- {role} in {names.Count} claim{(names.Count == 1 ? "" : "s")}: ")
                .Append(string.Join(", ", names.Take(20).Select(MarkdownText.Code)))
                .Append(names.Count > 20 ? $" and {names.Count - 20} more" : "")
                .Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(CmocSymbol cmoc)
    {
        static string Terms(IEnumerable<Term> terms) => string.Join(", ", terms.Select(t => MarkdownText.Escape(t.ToString())));
        var text = new StringBuilder();
        text.Append($"**CMOC** {MarkdownText.Code(cmoc.Name)}{Label(cmoc)}\n\n");
        text.Append($"**If** {Terms(cmoc.Contexts)} **then** {Terms(cmoc.Outcomes)}");
        if (cmoc.Mechanisms.Length > 0)
            text.Append($" **because** {Terms(cmoc.Mechanisms)}");
        else if (cmoc.ResourceText is { } resource)
            text.Append($" **because of** {MarkdownText.Escape(resource)}");
        text.Append("\n\n");
        foreach (var evidence in cmoc.Evidence)
        {
            text.Append("- ").Append(evidence.Source is { } source ? MarkdownText.Escape(source.ShortReference) : MarkdownText.Escape(evidence.Key));
            if (evidence.Locator is { } locator)
                text.Append(", ").Append(MarkdownText.Escape(locator));
            if (evidence.Quote is { } quote)
                text.Append(": “").Append(MarkdownText.Escape(quote)).Append('”');
            text.Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(SourceSymbol source)
    {
        var text = new StringBuilder($"**@{MarkdownText.Escape(source.Name)}** ({MarkdownText.Escape(source.EntryType)})\n\n");
        foreach (var field in new[] { "author", "year", "title", "journal", "booktitle", "publisher", "doi", "url" })
        {
            if (source.Fields.TryGetValue(field, out var value) && value.Length > 0)
                text.Append($"- {field}: {MarkdownText.Escape(value)}\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A diagnostic ID in a comment (`// suppress TH2106: ...`): its title and summary.</summary>
    private static Hover? DiagnosticIdAt(SyntaxTree tree, int offset)
    {
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullSpan.End < offset)
                continue;
            if (token.FullSpan.Start > offset)
                break;
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind is not (SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia) || !trivia.Span.Contains(offset))
                    continue;
                foreach (Match match in DiagnosticId().Matches(trivia.Text))
                {
                    var start = trivia.Span.Start + match.Index;
                    if (offset < start || offset > start + match.Length || DiagnosticDescriptors.Find(match.Value) is not { } descriptor)
                        continue;
                    return new Hover(
                        MarkupContent.Markdown($"**{descriptor.Id}**: {MarkdownText.Escape(descriptor.Title)} ({descriptor.DefaultSeverity.ToString().ToLowerInvariant()})\n\n{MarkdownText.Escape(descriptor.Help)}"),
                        LspText.ToRange(tree.Text, new Text.TextSpan(start, match.Length)));
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"TH\d{4}")]
    private static partial Regex DiagnosticId();
}
