using Theory.LanguageServer.Protocol;
using Theory.Syntax;
using Location = Theory.LanguageServer.Protocol.Location;

namespace Theory.LanguageServer.Features;

/// <summary>The outline of a file (declarations, nested by group and typology) and the workspace's symbols by name.</summary>
internal static class SymbolsFeature
{
    private const int MaxWorkspaceSymbols = 500;

    public static DocumentSymbol[] Outline(SyntaxTree tree) => [.. Members(tree, tree.Root).Select(d => Describe(tree, d))];

    public static SymbolInformation[] Search(TheorySession session, string query)
    {
        var results = new List<SymbolInformation>();
        foreach (var tree in session.Workspace.Compilations.SelectMany(c => c.SyntaxTrees).Distinct().OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            if (session.Workspace.GetFullPath(tree) is not { } path)
                continue;
            var uri = DocumentUri.FromPath(path);
            foreach (var declaration in tree.Root.DescendantNodes().OfType<DeclarationSyntax>())
            {
                var (name, _, kind) = NameOf(declaration);
                if (name.Length == 0 || (query.Length > 0 && name.IndexOf(query, StringComparison.OrdinalIgnoreCase) < 0))
                    continue;
                var container = declaration.Ancestors().OfType<DeclarationSyntax>().Select(d => NameOf(d).Name).FirstOrDefault();
                results.Add(new SymbolInformation(name, kind, new Location(uri, LspText.ToRange(tree.Text, declaration.Span)), container));
                if (results.Count >= MaxWorkspaceSymbols)
                    return [.. results];
            }
        }

        return [.. results];
    }

    private static IEnumerable<DeclarationSyntax> Members(SyntaxTree tree, SyntaxNode node) =>
        node.ChildNodes().SelectMany(child => child switch
        {
            DeclarationSyntax declaration => [declaration],
            BlockSyntax block when block is not AttributeListSyntax => Members(tree, block),
            _ => [],
        });

    private static DocumentSymbol Describe(SyntaxTree tree, DeclarationSyntax declaration)
    {
        var (name, detail, kind) = NameOf(declaration);
        var children = Members(tree, declaration).Select(d => Describe(tree, d)).ToArray();
        var selection = declaration is NamedDeclarationSyntax { Identifier: { IsMissing: false } id } ? id.Span : declaration.Keyword?.Span ?? declaration.Span;
        return new DocumentSymbol(
            name.Length == 0 ? "(unnamed)" : name,
            detail,
            kind,
            LspText.ToRange(tree.Text, declaration.Span),
            LspText.ToRange(tree.Text, selection),
            children.Length == 0 ? null : children);
    }

    /// <summary>A declaration's name, what to show beside it, and its LSP symbol kind.</summary>
    private static (string Name, string? Detail, int Kind) NameOf(DeclarationSyntax declaration)
    {
        var label = (declaration as NamedDeclarationSyntax)?.Label?.ValueText;
        return declaration switch
        {
            TheoryDeclarationSyntax theory => (theory.Name, label ?? "theory", 2),
            ConstructDeclarationSyntax construct => (construct.Name, label ?? "construct", 5),
            GroupDeclarationSyntax group => (group.Name, label ?? group.Keyword?.Text, 3),
            CmocDeclarationSyntax cmoc => (cmoc.Name, label ?? "CMOC", 24),
            LinkDeclarationSyntax link => (link.Identifier is { IsMissing: false } id ? id.Text : $"{link.Source} -> {string.Join(", ", link.Targets)}", link.Label?.ValueText ?? "link", 11),
            ChainDeclarationSyntax chain => (chain.Name, label ?? "chain", 15),
            FeedbackDeclarationSyntax loop => (loop.Name, label ?? "feedback loop", 15),
            MeasureDeclarationSyntax measure => (measure.Name, label ?? "measure", 8),
            TypologyDeclarationSyntax typology => (typology.Name, label ?? "typology", 10),
            TypeDeclarationSyntax type => (type.Name, label ?? "type", 22),
            StagesDeclarationSyntax stages => ("stages", string.Join(" < ", stages.Stages.Select(s => s.Text)), 10),
            ImportDeclarationSyntax import => ("import " + import.ChildTokens().LastOrDefault()?.Text, null, 1),
            DefaultEvidenceDeclarationSyntax => ("default evidence", null, 7),
            NamedDeclarationSyntax named => (named.Name, label, 13),
            _ => (declaration.Keyword?.Text ?? "", null, 13),
        };
    }
}
