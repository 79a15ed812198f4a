using System.Globalization;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.LanguageServer.Protocol;
using Theory.Syntax;
using Theory.Text;
using TextEdit = Theory.LanguageServer.Protocol.TextEdit;

namespace Theory.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics under the cursor — take the spelling suggestion, declare an
/// undeclared construct, declare the feedback loop of an undeclared cycle, add a stub for a
/// missing bibliography entry, suppress with a reason — and, on a CMOC, rewrites between its
/// block, one-line and if–then–because forms.
/// </summary>
internal static partial class CodeActionFeature
{
    public static CodeAction[] Actions(TheorySession session, SyntaxTree tree, Protocol.Range range, Func<string, string?> helpUri)
    {
        var path = session.Workspace.GetFullPath(tree)!;
        var uri = DocumentUri.FromPath(path);
        var span = LspText.ToSpan(tree.Text, range);
        var actions = new List<CodeAction>();
        var diagnostics = session.Workspace.GetDiagnostics()
            .Where(d => ReferenceEquals(d.Location.Text, tree.Text) && Touches(d.Location.Span, span));
        foreach (var diagnostic in diagnostics)
        {
            var lsp = DiagnosticsFeature.Convert(session, diagnostic, helpUri);
            CodeAction Fix(string title, string targetUri, TextEdit edit, bool preferred = false) =>
                new(title, "quickfix", [lsp], preferred ? true : null, new WorkspaceEdit(new() { [targetUri] = [edit] }));

            if (SpellingSuggestion().Match(diagnostic.Message) is { Success: true } suggestion)
                actions.Add(Fix($"Change to `{suggestion.Groups[1].Value}`", uri, new TextEdit(lsp.Range, suggestion.Groups[1].Value), preferred: true));
            if (diagnostic.Id == DiagnosticDescriptors.UndefinedConstruct.Id && diagnostic.Arguments.Length > 1 && diagnostic.Arguments[1] is string name)
                actions.Add(Fix($"Declare construct `{name}`", uri, InsertDeclaration(tree, $"construct {name}")));
            if (diagnostic.Id == DiagnosticDescriptors.UndeclaredCycle.Id && diagnostic.Arguments.Length > 2 && diagnostic.Arguments[2] is string feedback)
                actions.Add(Fix("Declare this feedback loop", uri, AppendDeclaration(tree, feedback)));
            if (diagnostic.Id == DiagnosticDescriptors.UnknownCitation.Id && diagnostic.Arguments.Length > 0 && diagnostic.Arguments[0] is string key
                && session.CompilationOf(tree)?.Bibliographies.FirstOrDefault() is { } bibliography && session.Workspace.GetFullPath(bibliography.Text) is { } bibPath
                && bibPath.EndsWith(".bib", StringComparison.OrdinalIgnoreCase))
                actions.Add(Fix($"Add an entry for `@{key}` to {Path.GetFileName(bibPath)}", DocumentUri.FromPath(bibPath), AppendBibEntry(bibliography.Text, key)));
            if (!diagnostic.Descriptor.NotConfigurable)
                actions.Add(Fix($"Suppress {diagnostic.Id} here, with a reason", uri, Suppression(tree, diagnostic)));
        }

        actions.AddRange(CmocFormConversions.Conversions(tree, span).Select(c =>
            new CodeAction(c.Title, "refactor.rewrite", null, null, new WorkspaceEdit(new() { [uri] = [new TextEdit(LspText.ToRange(tree.Text, c.Span), c.NewText)] }))));
        return [.. actions];
    }

    private static bool Touches(TextSpan diagnostic, TextSpan requested) =>
        diagnostic.Start <= requested.End && requested.Start <= diagnostic.End;

    /// <summary>A construct goes after the file's last top-level construct (constructs stay together), else at the end.</summary>
    private static TextEdit InsertDeclaration(SyntaxTree tree, string declaration)
    {
        var lastConstruct = tree.Root.ChildNodes().OfType<ConstructDeclarationSyntax>().LastOrDefault();
        if (lastConstruct is null)
            return AppendDeclaration(tree, declaration);
        var line = tree.Text.GetLineIndex(lastConstruct.Span.End);
        var next = line + 1 < tree.Text.Lines.Length ? tree.Text.Lines[line + 1].Start : tree.Text.Length;
        var position = LspText.ToPosition(tree.Text, next);
        var prefix = next == tree.Text.Length && !EndsWithLineBreak(tree.Text) ? "\n" : "";
        return new TextEdit(new Protocol.Range(position, position), prefix + declaration + "\n");
    }

    private static TextEdit AppendDeclaration(SyntaxTree tree, string declaration)
    {
        var end = LspText.ToPosition(tree.Text, tree.Text.Length);
        var prefix = tree.Text.Length == 0 ? "" : EndsWithLineBreak(tree.Text) ? "\n" : "\n\n";
        return new TextEdit(new Protocol.Range(end, end), prefix + declaration + "\n");
    }

    private static TextEdit AppendBibEntry(SourceText bibliography, string key)
    {
        var end = LspText.ToPosition(bibliography, bibliography.Length);
        var prefix = bibliography.Length == 0 ? "" : EndsWithLineBreak(bibliography) ? "\n" : "\n\n";
        return new TextEdit(new Protocol.Range(end, end), prefix + $"@misc{{{key},\n  author = {{}},\n  title  = {{}},\n  year   = {{}},\n}}\n");
    }

    /// <summary>`// suppress ID: reason` on its own line above the declaration the diagnostic is in, at its indentation.</summary>
    private static TextEdit Suppression(SyntaxTree tree, Diagnostic diagnostic)
    {
        var token = tree.Root.DescendantTokens().LastOrDefault(t => t.Span.Start <= diagnostic.Location.Span.Start) ?? tree.Root.DescendantTokens().First();
        var declaration = token.Parent?.AncestorsAndSelf().OfType<DeclarationSyntax>().FirstOrDefault();
        var anchor = declaration?.Span.Start ?? diagnostic.Location.Span.Start;
        var line = tree.Text.Lines[tree.Text.GetLineIndex(anchor)];
        var indent = new string(' ', anchor - line.Start);
        var position = LspText.ToPosition(tree.Text, line.Start);
        return new TextEdit(new Protocol.Range(position, position), $"{indent}// suppress {diagnostic.Id}: reason\n");
    }

    private static bool EndsWithLineBreak(SourceText text) => text.Length > 0 && text[text.Length - 1] is '\n' or '\r';

    [GeneratedRegex("did you mean `([^`]+)`")]
    private static partial Regex SpellingSuggestion();
}
