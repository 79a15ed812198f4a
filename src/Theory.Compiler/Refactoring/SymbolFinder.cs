using Theory.Binding;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Refactoring;

/// <summary>
/// Finds symbols by name or by position and every place each is named, across the files of a
/// compilation. What rename, go to definition, find references and document highlights share.
/// </summary>
public static class SymbolFinder
{
    /// <summary>The kinds a theory's author can rename: constructs, CMOCs, groups and stages.</summary>
    public static bool IsRenamable(Symbol symbol) =>
        symbol is ConstructSymbol or CmocSymbol or GroupSymbol || symbol is StageSymbol { IsAtemporal: false };

    /// <summary>The construct, CMOC, group or stage declared with exactly <paramref name="name"/> (of <paramref name="kind"/>, when given).</summary>
    public static IEnumerable<Symbol> FindDeclared(Compilation compilation, string name, SymbolKind? kind = null)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        IEnumerable<Symbol> candidates = [.. compilation.Constructs, .. compilation.Cmocs, .. compilation.Groups, .. compilation.Stages];
        return candidates.Where(s => IsRenamable(s) && s.Name == name && (kind is null || s.Kind == kind));
    }

    /// <summary>The symbol named by the token at <paramref name="position"/> of <paramref name="tree"/>, declared or referenced there.</summary>
    public static Symbol? FindAt(Compilation compilation, SyntaxTree tree, int position)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        if (tree is null)
            throw new ArgumentNullException(nameof(tree));
        if (TokenAt(tree, position) is not { } token)
            return null;
        var model = compilation.GetSemanticModel(tree);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case QualifiedNameSyntax or CitationEvidenceSyntax:
                    if (model.GetSymbol(node) is { } referenced)
                        return referenced;
                    continue;
                case StageClauseSyntax or StagesDeclarationSyntax when token.Kind == SyntaxKind.IdentifierToken:
                    return compilation.Stages.FirstOrDefault(s => s.Name == token.ValueText);
                case DeclarationSyntax declaration:
                    var declared = model.GetDeclaredSymbol(declaration);
                    return declared?.Location is { } location && location.Span.Contains(token.Span.Start) ? declared : null;
            }
        }

        return null;
    }

    /// <summary>Every place <paramref name="symbol"/> is declared or referenced, in file and position order.</summary>
    public static IEnumerable<SymbolReference> FindReferences(Compilation compilation, Symbol symbol)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        if (symbol is null)
            throw new ArgumentNullException(nameof(symbol));
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.Root.DescendantNodes())
            {
                switch (node)
                {
                    case QualifiedNameSyntax or CitationEvidenceSyntax when ReferenceEquals(model.GetSymbol(node), symbol):
                        yield return new SymbolReference(tree, node.Span, node is QualifiedNameSyntax name ? name.Text : node.ToString(), false);
                        break;
                    case StagesDeclarationSyntax stages when symbol is StageSymbol:
                        foreach (var token in stages.Stages.Where(t => t.ValueText == symbol.Name))
                            yield return new SymbolReference(tree, token.Span, token.Text, true);
                        break;
                    case StageClauseSyntax { Stage: { IsMissing: false } token } when symbol is StageSymbol && token.ValueText == symbol.Name:
                        yield return new SymbolReference(tree, token.Span, token.Text, false);
                        break;
                    case DeclarationSyntax declaration when symbol is not StageSymbol
                        && ReferenceEquals(model.GetDeclaredSymbol(declaration), symbol) && symbol.Location is { } location:
                        yield return new SymbolReference(tree, location.Span, symbol.Name, true);
                        break;
                }
            }
        }
    }

    /// <summary>True when a reference names the symbol by its name (not by an alias or the label).</summary>
    public static bool IsByName(Symbol symbol, string writtenText) =>
        writtenText == symbol.Name || NameNormaliser.Normalise(writtenText) == NameNormaliser.Normalise(symbol.Name);

    private static SyntaxToken? TokenAt(SyntaxTree tree, int position)
    {
        SyntaxToken? previous = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Span.Start <= position && position < token.Span.End)
                return token;
            // At the end of a word (the cursor just after `trust`), the word is meant.
            if (token.Span.Start > position)
                return previous is not null && previous.Span.End == position ? previous : null;
            previous = token;
        }

        return previous is not null && previous.Span.End == position ? previous : null;
    }
}
