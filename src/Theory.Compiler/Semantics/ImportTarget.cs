using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// Where one `import` leads: a tree of the compilation, or why it leads nowhere. Decided once, by
/// whoever read the files (the workspace), and handed to the compilation with the trees.
/// </summary>
internal readonly record struct ImportTarget(SyntaxTree? Tree, string? UnresolvedReason, string? OutsideRoot)
{
    public static ImportTarget To(SyntaxTree tree) => new(tree, null, null);

    public static ImportTarget Unresolved(string reason) => new(null, reason, null);

    public static ImportTarget Outside(string root) => new(null, null, root);
}

/// <summary>Resolves the import a tree makes, written as <paramref name="written"/>.</summary>
internal delegate ImportTarget ImportResolver(SyntaxTree importing, ImportDeclarationSyntax import, string written);
