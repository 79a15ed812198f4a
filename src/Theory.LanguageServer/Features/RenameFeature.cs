using Theory.LanguageServer.JsonRpc;
using Theory.LanguageServer.Protocol;
using Theory.Refactoring;
using Theory.Syntax;
using TextEdit = Theory.LanguageServer.Protocol.TextEdit;

namespace Theory.LanguageServer.Features;

/// <summary>Rename through the library's <see cref="Renamer"/>, the engine `theory rename` uses; a refusal reaches the editor as its message.</summary>
internal static class RenameFeature
{
    public static PrepareRenameResult? Prepare(TheorySession session, SyntaxTree tree, int offset)
    {
        if (session.CompilationOf(tree) is not { } compilation || SymbolFinder.FindAt(compilation, tree, offset) is not { } symbol)
            return null;
        if (!SymbolFinder.IsRenamable(symbol))
            throw new JsonRpcException(JsonRpcException.RequestFailed, $"only constructs, CMOCs, groups and stages can be renamed");
        var reference = SymbolFinder.FindReferences(compilation, symbol).FirstOrDefault(r => r.Tree == tree && r.Span.Start <= offset && offset <= r.Span.End);
        if (reference is null)
            return null;
        return new PrepareRenameResult(LspText.ToRange(tree.Text, reference.Span), reference.WrittenText);
    }

    public static WorkspaceEdit Rename(TheorySession session, SyntaxTree tree, int offset, string newName)
    {
        var result = Renamer.RenameAt(session.Workspace, tree, offset, newName);
        if (!result.Succeeded)
            throw new JsonRpcException(JsonRpcException.RequestFailed, result.Error!);
        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var change in result.Changes)
        {
            if (session.Workspace.GetFullPath(change.Tree) is not { } path)
                continue;
            changes[DocumentUri.FromPath(path)] = [.. change.Edits.Select(e => new TextEdit(LspText.ToRange(change.Tree.Text, e.Span), e.NewText))];
        }

        return new WorkspaceEdit(changes);
    }
}
