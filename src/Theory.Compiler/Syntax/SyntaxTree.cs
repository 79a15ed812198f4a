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
    private readonly ParseResult _parse;

    private SyntaxTree(SourceText text, ParseResult result)
    {
        Text = text;
        _parse = result;
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

    /// <summary>How many tokens <see cref="WithChangedText"/> had the parser read for this tree; null when the file was parsed whole.</summary>
    internal int? ReparsedTokens => _parse.ReparsedTokens;

    public static SyntaxTree Parse(SourceText text)
    {
        if (text is null)
            throw new ArgumentNullException(nameof(text));
        return new SyntaxTree(text, TheorySyntaxParser.Parse(text));
    }

    /// <summary>
    /// The tree of <paramref name="newText"/>, an edited version of this tree's text (an editor's
    /// buffer after a keystroke). Only the declarations the edit touched are parsed again; the
    /// result is exactly the tree and diagnostics <see cref="Parse(SourceText)"/> gives, and this
    /// tree is left as it was.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText newText)
    {
        if (newText is null)
            throw new ArgumentNullException(nameof(newText));
        return new SyntaxTree(newText, TheorySyntaxParser.Reparse(_parse, Text, newText));
    }

    public static SyntaxTree ParseText(string text, string filePath = "") => Parse(SourceText.From(text, filePath));
}
