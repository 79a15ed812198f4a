using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Syntax.Parsing;
using Theory.Text;

namespace Theory.Syntax;

/// <summary>
/// The immutable result of parsing one file: its text, its root and its syntax diagnostics.
/// Parsing never throws and never loses text: <c>GetRoot().ToFullString()</c> equals the input.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text)
    {
        Text = text;
        var result = TheorySyntaxParser.Parse(text);
        Root = result.Root;
        Root.Tree = this;
        Diagnostics = result.Diagnostics;
        DeclaresMoreThanImports = !Root.Declarations.All(d => d is ImportDeclarationSyntax);
    }

    public SourceText Text { get; }

    public string FilePath => Text.FilePath;

    public CompilationUnitSyntax Root { get; }

    /// <summary>Syntax diagnostics, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public CompilationUnitSyntax GetRoot() => Root;

    /// <summary>
    /// True when the file declares something besides imports. Asked three times per theory (its
    /// key, the rebinding budget, the binder), so worked out once, with the tree.
    /// </summary>
    internal bool DeclaresMoreThanImports { get; }

    public static SyntaxTree Parse(SourceText text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        return new SyntaxTree(text);
    }

    public static SyntaxTree ParseText(string text, string filePath = "") => Parse(SourceText.From(text, filePath));
}
