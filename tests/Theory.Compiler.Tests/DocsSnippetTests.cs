using System.Text.RegularExpressions;
using Theory.Syntax;

namespace Theory.Compiler.Tests;

/// <summary>
/// Every `theory` code block in the documentation parses without syntax errors. The blocks are
/// fragments (they may name constructs declared elsewhere), so only the syntax is checked here;
/// the diagnostics pages and the tutorial have their own tests that compile and run them.
/// </summary>
public class DocsSnippetTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "docs"), "*.md")
            .Append(Path.Combine(TestPaths.RepositoryRoot, "README.md"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var count = Regex.Matches(File.ReadAllText(file), "^```theory$", RegexOptions.Multiline).Count;
            for (var i = 0; i < count; i++)
                data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, file).Replace('\\', '/'), i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Theory_blocks_in_the_docs_parse(string file, int index)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file));
        var block = Regex.Matches(text, "^```theory\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)[index].Groups[1].Value;
        var tree = SyntaxTree.ParseText(block, $"{file}#{index}");
        Assert.Empty(tree.Diagnostics.Select(d => $"{d.Location.LineSpan.Start}: {d.Id} {d.Message}"));
    }
}
