using System.Text.RegularExpressions;

namespace Theory.Compiler.Tests;

/// <summary>
/// docs/architecture.md cannot drift from the code: every folder it lists exists, and every type
/// (and member) it names is declared somewhere under src/.
/// </summary>
public partial class ArchitectureDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "architecture.md"));
    private static readonly string Source = Path.Combine(TestPaths.RepositoryRoot, "src");

    // Capitalised words in the page that are not types: names of tools, formats and people.
    private static readonly HashSet<string> NotTypes = new(StringComparer.Ordinal)
    {
        "ANTLR", "AdditionalFiles", "Tarjan", "SLL", "LL", "LF", "CRLF", "RFC", "UTF", "JSON", "CSV", "DOT", "Graphviz", "Roslyn",
        "PolySharp", "Mermaid", "BCL", "Nodes", "Generated", "C", "GitHub", "SARIF", "TH1009", "TH3005", "TH3008", "System",
        "Text", "Json", "NetStandard", "Microsoft", "IDs", "CMOCs", "ArchitectureDocsTests",
    };

    private static readonly Lazy<(HashSet<string> Types, string AllSource)> Declared = new(() =>
    {
        var text = string.Join("\n", Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var types = TypeDeclaration().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return (types, text);
    });

    [Fact]
    public void Every_folder_the_page_lists_exists()
    {
        var folders = ListedFolder().Matches(Page).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Syntax/Parsing/", folders);
        foreach (var folder in folders)
        {
            var exists = folder.StartsWith("src/", StringComparison.Ordinal)
                ? Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, folder))
                : Directory.EnumerateDirectories(Source, "*", SearchOption.AllDirectories)
                    .Any(d => (d.Replace('\\', '/') + "/").EndsWith("/" + folder, StringComparison.Ordinal));
            Assert.True(exists, $"docs/architecture.md lists `{folder}`, which does not exist");
        }
    }

    [Fact]
    public void Every_type_and_member_the_page_names_exists()
    {
        var (types, source) = Declared.Value;
        // Names are what the page writes as code: in backticks, and in the fenced blocks.
        var code = string.Join("\n", FencedBlock().Matches(Page).Select(m => m.Value)
            .Concat(InlineCode().Matches(FencedBlock().Replace(Page, "")).Select(m => m.Value)));
        var named = PascalCaseName().Matches(code).Select(m => m.Value).Where(n => !NotTypes.Contains(n.Split('.')[0])).Distinct().ToList();
        Assert.True(named.Count > 50, $"only {named.Count} names found: the page or the pattern changed");
        var missing = new List<string>();
        foreach (var name in named)
        {
            var parts = name.Split('.');
            // A type is declared in src/; a member or a framework type is at least used there.
            if (!types.Contains(parts[0]) && !IsFileOrFolder(parts[0]) && !Regex.IsMatch(source, $@"\b{parts[0]}\b"))
                missing.Add($"`{parts[0]}` (not in src/)");
            else if (parts.Length > 1 && types.Contains(parts[0]) && !source.Contains(parts[1], StringComparison.Ordinal))
                missing.Add($"`{name}` (`{parts[1]}` is not in src/)");
        }

        Assert.True(missing.Count == 0, "docs/architecture.md names " + string.Join(", ", missing));
    }

    private static bool IsFileOrFolder(string name) =>
        Directory.Exists(Path.Combine(Source, name)) || Directory.Exists(Path.Combine(Source, "Theory.Compiler", name));

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^\s*((?:src/)?[A-Z][A-Za-z.]*/(?:[A-Z][A-Za-z]*/)?)\s", RegexOptions.Multiline)]
    private static partial Regex ListedFolder();

    [GeneratedRegex(@"(?<![\w/.-])[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]+)?(?![\w/-])")]
    private static partial Regex PascalCaseName();

    [GeneratedRegex(@"\b(?:class|record(?:\s+struct|\s+class)?|struct|interface|enum|delegate\s+\w+(?:<[^>]*>)?)\s+(\w+)")]
    private static partial Regex TypeDeclaration();
}
