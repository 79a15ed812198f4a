using Theory.LanguageServer.Protocol;
using Theory.Refactoring;
using Theory.Syntax;
using Location = Theory.LanguageServer.Protocol.Location;

namespace Theory.LanguageServer.Features;

/// <summary>Go to definition, find references and document highlights: one search (<see cref="SymbolFinder"/>) behind all three.</summary>
internal static class NavigationFeature
{
    public static Location[] Definition(TheorySession session, SyntaxTree tree, int offset)
    {
        if (session.CompilationOf(tree) is not { } compilation || SymbolFinder.FindAt(compilation, tree, offset) is not { } symbol)
            return [];
        if (symbol is Symbols.SourceSymbol source)
            return compilation.Bibliographies.Where(b => b.Entries.Contains(source))
                .Select(b => ToLocation(session, new Text.Location(b.Text, FindKey(b.Text.ToString(), source.Name))))
                .OfType<Location>().ToArray();
        var declarations = SymbolFinder.FindReferences(compilation, symbol).Where(r => r.IsDeclaration).Select(r => r.Location).ToList();
        if (declarations.Count == 0 && symbol.Location is { } location)
            declarations.Add(location);
        return [.. declarations.Select(l => ToLocation(session, l)).OfType<Location>()];
    }

    public static Location[] References(TheorySession session, SyntaxTree tree, int offset, bool includeDeclaration)
    {
        if (session.CompilationOf(tree) is not { } compilation || SymbolFinder.FindAt(compilation, tree, offset) is not { } symbol)
            return [];
        return [.. SymbolFinder.FindReferences(compilation, symbol)
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => ToLocation(session, r.Location))
            .OfType<Location>()];
    }

    public static DocumentHighlight[] Highlights(TheorySession session, SyntaxTree tree, int offset)
    {
        if (session.CompilationOf(tree) is not { } compilation || SymbolFinder.FindAt(compilation, tree, offset) is not { } symbol)
            return [];
        return [.. SymbolFinder.FindReferences(compilation, symbol)
            .Where(r => r.Tree == tree)
            .Select(r => new DocumentHighlight(LspText.ToRange(tree.Text, r.Span), r.IsDeclaration ? 3 : 2))];
    }

    public static Location? ToLocation(TheorySession session, Text.Location location) =>
        session.PathOf(location) is { } path ? new Location(DocumentUri.FromPath(path), LspText.ToRange(location.Text, location.Span)) : null;

    /// <summary>Where an entry's key stands in its bibliography file (the entry's start when the key is not found as written).</summary>
    private static Text.TextSpan FindKey(string text, string key)
    {
        var index = text.IndexOf("{" + key, StringComparison.Ordinal);
        return index >= 0 ? new Text.TextSpan(index + 1, key.Length) : new Text.TextSpan(0, 0);
    }
}
