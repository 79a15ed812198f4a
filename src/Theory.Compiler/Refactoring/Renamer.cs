using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Projects;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Refactoring;

/// <summary>
/// Renames a construct, CMOC, group or stage across every file of a workspace: the declaration
/// and each reference that uses the name. A reference written with an alias or the label keeps
/// its text (it still refers to the renamed symbol). A rename that would make a name ambiguous,
/// or that leaves the theory with errors it did not have, is refused with the reason.
/// </summary>
public static class Renamer
{
    /// <summary>Renames the symbol declared as <paramref name="oldName"/> (of <paramref name="kind"/>, when several kinds share the name).</summary>
    public static RenameResult Rename(TheoryWorkspace workspace, string oldName, string newName, SymbolKind? kind = null)
    {
        if (workspace is null)
            throw new ArgumentNullException(nameof(workspace));
        var found = workspace.Compilations
            .SelectMany(c => SymbolFinder.FindDeclared(c, oldName, kind).Select(s => (Compilation: c, Symbol: s)))
            .ToList();
        if (found.Count == 0)
            return RenameResult.Failure(null, $"no {(kind is { } k ? What(k) : "construct, CMOC, group or stage")} is named `{oldName}`");
        var kinds = found.Select(f => f.Symbol.Kind).Distinct().OrderBy(k => k).ToList();
        if (kinds.Count > 1)
            return RenameResult.Failure(found[0].Symbol, $"`{oldName}` names a {string.Join(" and a ", kinds.Select(What))}; say which to rename");
        return Rename(workspace, found, newName);
    }

    /// <summary>Renames the symbol named at <paramref name="position"/> of <paramref name="tree"/> (an editor's cursor).</summary>
    public static RenameResult RenameAt(TheoryWorkspace workspace, SyntaxTree tree, int position, string newName)
    {
        if (workspace is null)
            throw new ArgumentNullException(nameof(workspace));
        var symbol = workspace.Compilations.Where(c => c.SyntaxTrees.Contains(tree))
            .Select(c => SymbolFinder.FindAt(c, tree, position)).FirstOrDefault(s => s is not null);
        if (symbol is null)
            return RenameResult.Failure(null, "there is nothing to rename here: put the cursor on the name of a construct, CMOC, group or stage");
        if (!SymbolFinder.IsRenamable(symbol))
            return RenameResult.Failure(symbol, $"only constructs, CMOCs, groups and stages can be renamed, not a {What(symbol.Kind)}");
        return Rename(workspace, symbol.Name, newName, symbol.Kind);
    }

    private static RenameResult Rename(TheoryWorkspace workspace, List<(Compilation Compilation, Symbol Symbol)> found, string newName)
    {
        var symbol = found[0].Symbol;
        if (newName == symbol.Name)
            return RenameResult.Success(symbol, []);
        if (!IsValidName(symbol.Kind, newName))
            return RenameResult.Failure(symbol, $"`{newName}` cannot name a {What(symbol.Kind)}: a name is letters, digits and `_` starting with a letter (a CMOC ID may also start with digits), and not a word the language reserves");
        foreach (var (compilation, each) in found)
        {
            if (Conflict(compilation, each, newName) is { } conflict)
                return RenameResult.Failure(symbol, conflict);
        }

        var edits = new Dictionary<SyntaxTree, SortedDictionary<int, TextEdit>>();
        foreach (var (compilation, each) in found)
        {
            foreach (var reference in SymbolFinder.FindReferences(compilation, each))
            {
                if (!reference.IsDeclaration && each is ConstructSymbol or GroupSymbol && !SymbolFinder.IsByName(each, reference.WrittenText))
                    continue;
                if (!edits.TryGetValue(reference.Tree, out var byStart))
                    edits[reference.Tree] = byStart = [];
                byStart[reference.Span.Start] = new TextEdit(reference.Span, newName);
            }
        }

        var changes = edits
            .Select(e => new DocumentChange(e.Key, [.. e.Value.Values]))
            .OrderBy(c => c.Tree.FilePath, StringComparer.Ordinal)
            .ToImmutableArray();
        return NewErrors(workspace, changes) is { } error
            ? RenameResult.Failure(symbol, $"renaming `{symbol.Name}` to `{newName}` would leave an error the theory does not have now: {error}")
            : RenameResult.Success(symbol, changes);
    }

    /// <summary>Whether another symbol would answer to the new name, so that references would change meaning.</summary>
    private static string? Conflict(Compilation compilation, Symbol symbol, string newName)
    {
        switch (symbol)
        {
            case ConstructSymbol:
                if (compilation.GetConstruct(newName) is { } other && !ReferenceEquals(other, symbol))
                    return other.Name == newName
                        ? $"a construct named `{newName}` already exists"
                        : $"`{newName}` already refers to construct `{other.Name}` (as its alias or label)";
                if (compilation.Groups.Any(g => g.Name == newName))
                    return $"a group is named `{newName}`, and a link's end would then name the construct instead";
                return null;
            case CmocSymbol:
                return compilation.GetCmoc(newName) is not null ? $"a CMOC with ID `{newName}` already exists" : null;
            case GroupSymbol:
                if (compilation.Groups.Any(g => g.Name == newName))
                    return $"a group named `{newName}` already exists";
                return compilation.GetConstruct(newName) is { } construct
                    ? $"`{newName}` refers to construct `{construct.Name}`, which a link's end would name instead of the group"
                    : null;
            case StageSymbol:
                return compilation.Stages.Any(s => s.Name == newName) ? $"a stage named `{newName}` already exists" : null;
            default:
                return null;
        }
    }

    /// <summary>The name works wherever the symbol is declared and referenced: tried in both places.</summary>
    private static bool IsValidName(SymbolKind kind, string name)
    {
        if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            return false;
        var probe = kind switch
        {
            SymbolKind.Construct => $"construct {name}\nlink {name} -> {name}\n",
            SymbolKind.Cmoc => $"cmoc {name}: a -> b\nchain c: {name} -> {name}\n",
            SymbolKind.Group => $"theme {name} {{ }}\nlink {name} -> b\n",
            SymbolKind.Stage => $"stages {name}\ncmoc c: a -> b\n  stage {name}\n",
            _ => null,
        };
        if (probe is null || name == StageSymbol.AtemporalName)
            return false;
        var tree = SyntaxTree.ParseText(probe);
        var declared = tree.Root.ChildNodes().FirstOrDefault();
        var declaredName = declared switch
        {
            NamedDeclarationSyntax named => named.Identifier?.Text,
            StagesDeclarationSyntax stages => stages.Stages.FirstOrDefault()?.Text,
            _ => null,
        };
        return tree.Diagnostics.Length == 0 && declaredName == name;
    }

    private static string? NewErrors(TheoryWorkspace workspace, ImmutableArray<DocumentChange> changes)
    {
        var after = workspace;
        foreach (var change in changes)
        {
            if (workspace.GetFullPath(change.Tree) is not { } path)
                return $"{change.Tree.FilePath} is not a file of the workspace";
            after = after.WithDocumentText(path, change.GetNewText());
        }

        var before = Errors(workspace).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Errors(after)
            .GroupBy(d => d.Id)
            .Where(g => g.Count() > before.GetValueOrDefault(g.Key))
            .Select(g => $"{g.Key}: {g.First().Message}")
            .FirstOrDefault();
    }

    private static IEnumerable<Diagnostic> Errors(TheoryWorkspace workspace) =>
        workspace.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    private static string What(SymbolKind kind) => kind switch
    {
        SymbolKind.Cmoc => "CMOC",
        SymbolKind.FeedbackLoop => "feedback loop",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
