using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Theory.Emit.Json;
using Theory.Projects;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Formatting;

/// <summary>
/// What "formatting changes nothing but layout" means, checked two ways: the file's tokens and
/// comments are the same in the same order, and a workspace holding the formatted files builds
/// the same model (the JSON without source positions) with the same diagnostics.
/// </summary>
internal static partial class FormattingEquivalence
{
    public static void AssertSameTokensAndComments(string original, string formatted)
    {
        Assert.Equal(Tokens(original), Tokens(formatted));
        Assert.Equal(Comments(original), Comments(formatted));
    }

    public static void AssertSameModel(TheoryWorkspace before, TheoryWorkspace after)
    {
        Assert.Equal(Model(before), Model(after));
        Assert.Equal(Diagnostics(before), Diagnostics(after));
    }

    private static List<string> Tokens(string text) =>
        [.. SyntaxTree.ParseText(text).Root.DescendantTokens().Select(t => $"{t.Kind} {t.Text}")];

    private static List<string> Comments(string text) =>
        [.. SyntaxTree.ParseText(text).Root.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
            .Select(t => t.Text.TrimEnd())];

    private static List<string> Model(TheoryWorkspace workspace) =>
        [.. workspace.Compilations.Select(c =>
        {
            var json = JsonNode.Parse(JsonModelEmitter.Emit(c))!;
            StripLocations(json);
            return json.ToJsonString();
        })];

    // Messages may name a line ("declared at line 12"); positions are what formatting changes.
    private static List<string> Diagnostics(TheoryWorkspace workspace) =>
        [.. workspace.GetDiagnostics().Select(d => $"{d.Id} {d.Severity} {LineNumbers().Replace(d.Message, "line N")}").Order(StringComparer.Ordinal)];

    private static void StripLocations(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("location");
                foreach (var (_, value) in obj.ToList())
                    StripLocations(value);
                break;
            case JsonArray array:
                foreach (var item in array)
                    StripLocations(item);
                break;
        }
    }

    [GeneratedRegex(@"line \d+")]
    private static partial Regex LineNumbers();
}
