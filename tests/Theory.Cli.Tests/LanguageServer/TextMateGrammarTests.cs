using System.Text.Json;
using Theory.Syntax;

namespace Theory.Cli.Tests.LanguageServer;

/// <summary>
/// The VS Code extension's TextMate grammar, run by the real engine (vscode-textmate with
/// vscode-oniguruma, from npm) over the examples and a file with every form of the language: each
/// token the compiler's lexer finds must get a scope of its kind (a keyword a keyword scope, a
/// string a string scope, and so on).
/// </summary>
public class TextMateGrammarTests
{
    private static readonly string Extension = Path.Combine(TheoryProcess.RepositoryRoot, "src", "Theory.VsCode");

    [Fact]
    public void Every_token_of_the_examples_gets_a_scope_of_its_kind()
    {
        NodeModules.EnsureInstalled(Extension);
        var files = Directory.EnumerateFiles(Path.Combine(TheoryProcess.RepositoryRoot, "examples"), "*.theory", SearchOption.AllDirectories)
            .Append(Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Formatting", "Cases", "every-form.theory"))
            .Order(StringComparer.Ordinal)
            .Select(path => Expectations(path))
            .ToList();
        using var temp = new TempDirectory();
        var expectations = temp.Write("expectations.json", JsonSerializer.Serialize(files));

        var (exit, stdout, stderr) = ProcessRunner.Run("node", ["--test", "test/"], Extension, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?> { ["THEORY_GRAMMAR_EXPECTATIONS"] = expectations });
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("# pass 1", stdout, StringComparison.Ordinal);
    }

    private static object Expectations(string path)
    {
        var text = File.ReadAllText(path);
        var tree = SyntaxTree.ParseText(text);
        var tokens = new List<object>();
        void Add(int start, int length, string category, string written)
        {
            var position = tree.Text.GetLinePosition(start);
            tokens.Add(new { line = position.Line, character = position.Character, length, category, text = written });
        }

        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
                    Add(trivia.Span.Start, trivia.Span.Length, "comment", trivia.Text);
            }

            if (token.Span.Length > 0 && Category(token) is { } category)
                Add(token.Span.Start, token.Span.Length, category, token.Text);
        }

        return new { path = Path.GetRelativePath(TheoryProcess.RepositoryRoot, path), text, tokens };
    }

    private static string? Category(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.StringToken => "string",
        SyntaxKind.NumberToken => "number",
        SyntaxKind.CitationToken => "citation",
        SyntaxKind.FatArrowToken or SyntaxKind.ArrowToken or SyntaxKind.LessThanToken => "operator",
        SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken or SyntaxKind.CommaToken or SyntaxKind.ColonToken or SyntaxKind.DotToken => "punctuation",
        SyntaxKind.IdentifierToken when IsKeywordSpelling(token.Text) => "softKeyword",
        SyntaxKind.IdentifierToken when char.IsAsciiDigit(token.Text[0]) => "numberedName",
        SyntaxKind.IdentifierToken => "name",
        _ when token.Kind.ToString().EndsWith("Keyword", StringComparison.Ordinal) => "keyword",
        _ => null,
    };

    // The spellings of the keywords (FocusGroupKeyword is `focus_group`): a name spelt so is a
    // soft keyword used as a name.
    private static readonly HashSet<string> KeywordSpellings =
        [.. Enum.GetNames<SyntaxKind>().Where(n => n.EndsWith("Keyword", StringComparison.Ordinal))
            .Select(n => System.Text.RegularExpressions.Regex.Replace(n[..^"Keyword".Length], "(?<=.)([A-Z])", "_$1").ToLowerInvariant())];

    private static bool IsKeywordSpelling(string text) => KeywordSpellings.Contains(text);
}
