using System.Text.Json.Nodes;

namespace Theory.Cli.Tests.LanguageServer;

/// <summary>
/// The language server through the protocol, as an editor drives it: a real `theory lsp` process
/// over standard input and output for the life cycle, and the server in process (the same code,
/// over pipes) for each feature, asserting the exact answers.
/// </summary>
public sealed class LanguageServerTests : IDisposable
{
    private const string Constructs = """
        construct trust "Partner trust" {
          kind    cognitive
          aliases "reliance"
          description "Willingness to be vulnerable."
        }
        construct faith { kind cognitive }
        construct task_achievement "Task achievement" { kind state }
        construct momentum { kind state }
        construct capacity { kind state }
        """;

    private const string Main = """
        theory T {
          bibliography "references.bib"
        }

        import "constructs.theory"

        stages early < late

        mrt functioning "Collaborative functioning" {
          cmoc CF1 "Trust builds faith" {
            context   high trust
            mechanism increased faith
            outcome   increased task_achievement
            stage     early
            evidence  @lasker2001, @huxham2005 at "p. 4"
          }

          cmoc CF2: high task_achievement => increased momentum -> increased capacity
            evidence @lasker2001, @huxham2005

          link L: high reliance -> increased capacity
            evidence @lasker2001, @huxham2005
        }

        chain c: CF1 -> CF2
        """;

    private const string Bibliography = """
        @article{lasker2001, author = {Lasker, Roz and Weiss, Elisa}, title = {Partnership synergy}, year = {2001}}
        @book{huxham2005, author = {Huxham, Chris and Vangen, Siv}, title = {Managing to collaborate}, year = {2005}}
        """;

    private readonly TempDirectory _temp = new();

    public LanguageServerTests()
    {
        _temp.Write("t/constructs.theory", Constructs + "\n");
        _temp.Write("t/main.theory", Main + "\n");
        _temp.Write("t/references.bib", Bibliography + "\n");
    }

    private string MainPath => Path.Combine(_temp.Path, "t", "main.theory");

    private string ConstructsPath => Path.Combine(_temp.Path, "t", "constructs.theory");

    public void Dispose() => _temp.Dispose();

    private async Task<LspTestClient> StartAsync()
    {
        var client = LspTestClient.InProcess();
        await client.InitializeAsync(Path.Combine(_temp.Path, "t"));
        await client.OpenAsync(MainPath, File.ReadAllText(MainPath));
        // The fixture has no errors or warnings (one info: the link's open question), so every
        // problem a test sees comes from its own edits.
        var first = await client.DiagnosticsAsync(LspTestClient.Uri(MainPath));
        Assert.Equal(["TH2106"], first["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]));
        return client;
    }

    private static (int Line, int Character) Find(string text, string what, int offsetInWhat = 0)
    {
        var index = text.IndexOf(what, StringComparison.Ordinal) + offsetInWhat;
        Assert.True(index >= offsetInWhat, $"`{what}` not in the text");
        var line = text[..index].Count(c => c == '\n');
        return (line, index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1));
    }

    private object At(string path, string what, int offsetInWhat = 0)
    {
        var (line, character) = Find(File.ReadAllText(path), what, offsetInWhat);
        return LspTestClient.At(path, line, character);
    }

    [Fact]
    public async Task The_theory_lsp_process_serves_over_stdio_and_exits_cleanly()
    {
        File.WriteAllText(MainPath, Main.Replace("increased faith\n", "increased faithh\n", StringComparison.Ordinal) + "\n");
        await using var client = LspTestClient.OverProcess(_temp.Path);
        var initialize = await client.InitializeAsync(Path.Combine(_temp.Path, "t"));
        Assert.Equal("theory", (string?)initialize!["serverInfo"]!["name"]);
        Assert.Equal(2, (int?)initialize["capabilities"]!["textDocumentSync"]!["change"]);
        Assert.True((bool?)initialize["capabilities"]!["renameProvider"]!["prepareProvider"]);

        await client.OpenAsync(MainPath, File.ReadAllText(MainPath));
        var published = await client.DiagnosticsAsync(LspTestClient.Uri(MainPath));
        var diagnostic = published["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "TH2001")!;
        Assert.Equal("construct `faithh` is not declared; did you mean `faith`?", (string?)diagnostic["message"]);
        Assert.Equal(1, (int?)diagnostic["severity"]);
        Assert.Equal("theory", (string?)diagnostic["source"]);
        Assert.Equal(11, (int?)diagnostic["range"]!["start"]!["line"]);
        // The help link is the diagnostic's page, written where the editor can open it offline.
        var help = new Uri((string)diagnostic["codeDescription"]!["href"]!).LocalPath;
        Assert.StartsWith("# TH2001", File.ReadAllText(help), StringComparison.Ordinal);

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Diagnostics_follow_incremental_edits_across_files()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(ConstructsPath, File.ReadAllText(ConstructsPath));
        // Rename `faith` in the constructs file only: the main file now has errors.
        var (line, character) = Find(File.ReadAllText(ConstructsPath), "construct faith", "construct ".Length);
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = LspTestClient.Uri(ConstructsPath), version = 2 },
            contentChanges = new[] { new { range = new { start = new { line, character }, end = new { line, character = character + "faith".Length } }, text = "belief" } },
        });
        var broken = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == LspTestClient.Uri(MainPath) && p["diagnostics"]!.AsArray().Any(d => (string?)d!["code"] == "TH2001"));
        Assert.Equal(["TH2001", "TH2106"], broken["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]));

        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = LspTestClient.Uri(ConstructsPath), version = 3 },
            contentChanges = new[] { new { range = (object?)null, text = Constructs + "\n" } },
        });
        var fixedAgain = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == LspTestClient.Uri(MainPath) && p["diagnostics"]!.AsArray().All(d => (string?)d!["code"] != "TH2001"));
        Assert.DoesNotContain(fixedAgain["diagnostics"]!.AsArray(), d => (int?)d!["severity"] == 1);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_describes_constructs_cmocs_citations_and_diagnostic_ids()
    {
        await using var client = await StartAsync();
        var construct = await client.RequestAsync("textDocument/hover", At(MainPath, "high trust", "high t".Length));
        Assert.Equal(
            "**construct** `trust` — Partner trust\n\n*cognitive*; also called “reliance”\n\nWillingness to be vulnerable\\.\n\n- context in 1 claim: `CF1`\n- link source in 1 claim: `L`",
            (string?)construct!["contents"]!["value"]);

        var cmoc = await client.RequestAsync("textDocument/hover", At(MainPath, "chain c: CF1", "chain c: C".Length));
        Assert.Equal(
            "**CMOC** `CF1` — Trust builds faith\n\n**If** high trust **then** increased task\\_achievement **because** increased faith\n\n- Lasker and Weiss 2001\n- Huxham and Vangen 2005, p\\. 4",
            (string?)cmoc!["contents"]!["value"]);

        var citation = await client.RequestAsync("textDocument/hover", At(MainPath, "@huxham2005 at", 3));
        Assert.Equal(
            "**@huxham2005** (book)\n\n- author: Huxham, Chris and Vangen, Siv\n- year: 2005\n- title: Managing to collaborate",
            (string?)citation!["contents"]!["value"]);
        Assert.Null(await client.RequestAsync("textDocument/hover", At(MainPath, "mechanism increased", 2)));
    }

    [Fact]
    public async Task Definition_references_and_highlights_span_files()
    {
        await using var client = await StartAsync();
        var definition = (await client.RequestAsync("textDocument/definition", At(MainPath, "high trust", 6)))!.AsArray().Single()!;
        Assert.Equal(LspTestClient.Uri(ConstructsPath), (string?)definition["uri"]);
        Assert.Equal("""{"start":{"line":0,"character":10},"end":{"line":0,"character":15}}""", definition["range"]!.ToJsonString());

        var references = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = LspTestClient.Uri(MainPath) },
            position = new { line = Find(Main, "high trust", 6).Line, character = Find(Main, "high trust", 6).Character },
            context = new { includeDeclaration = true },
        }))!.AsArray();
        // The declaration, `high trust` in CF1 and `high reliance` (by alias) in L.
        Assert.Equal(3, references.Count);
        Assert.Equal(2, references.Count(r => (string?)r!["uri"] == LspTestClient.Uri(MainPath)));

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", At(MainPath, "CF1 ->", 1)))!.AsArray();
        Assert.Equal([3, 2], highlights.Select(h => (int)h!["kind"]!));
    }

    [Fact]
    public async Task The_outline_nests_by_group_and_workspace_symbols_search_every_file()
    {
        await using var client = await StartAsync();
        var outline = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspTestClient.Uri(MainPath) } }))!.AsArray();
        Assert.Equal(["T", "import \"constructs.theory\"", "stages", "functioning", "c"], outline.Select(s => (string?)s!["name"]));
        var group = outline[3]!;
        Assert.Equal("Collaborative functioning", (string?)group["detail"]);
        Assert.Equal(["CF1", "CF2", "L"], group["children"]!.AsArray().Select(s => (string?)s!["name"]));

        var found = (await client.RequestAsync("workspace/symbol", new { query = "TRUST" }))!.AsArray();
        Assert.Equal(["trust"], found.Select(s => (string?)s!["name"]));
        Assert.Equal(LspTestClient.Uri(ConstructsPath), (string?)found[0]!["location"]!["uri"]);
    }

    [Fact]
    public async Task Folding_ranges_and_semantic_tokens()
    {
        await using var client = await StartAsync();
        var folds = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = LspTestClient.Uri(MainPath) } }))!.AsArray();
        Assert.Equal(["0-1", "8-21", "9-14"], folds.Select(f => $"{f!["startLine"]}-{f["endLine"]}"));

        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = LspTestClient.Uri(MainPath) } }))!["data"]!.AsArray().Select(d => (int)d!).ToArray();
        var tokens = Decode(data);
        var text = Main.Split('\n');
        string TypeAt(string word, int occurrence = 0)
        {
            var matches = tokens.Where(t => text[t.Line].Substring(t.Start, t.Length) == word).ToList();
            return SemanticTypes[matches[occurrence].Type];
        }

        Assert.Equal("keyword", TypeAt("cmoc"));
        Assert.Equal("class", TypeAt("trust"));
        Assert.Equal("event", TypeAt("CF1"));
        Assert.Equal("namespace", TypeAt("functioning"));
        Assert.Equal("enumMember", TypeAt("early"));
        Assert.Equal("string", TypeAt("\"p. 4\""));
        Assert.Equal("property", TypeAt("@lasker2001"));
    }

    private static readonly string[] SemanticTypes = ["keyword", "string", "number", "comment", "operator", "class", "event", "namespace", "enumMember", "property", "variable"];

    private static List<(int Line, int Start, int Length, int Type)> Decode(int[] data)
    {
        var result = new List<(int, int, int, int)>();
        int line = 0, start = 0;
        for (var i = 0; i + 4 < data.Length; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            result.Add((line, start, data[i + 2], data[i + 3]));
        }

        return result;
    }

    [Fact]
    public async Task Completion_offers_what_fits_where_the_cursor_is()
    {
        await using var client = await StartAsync();
        var text = Main.Replace("stage     early\n", "stage     early\n      \n", StringComparison.Ordinal)
            .Replace("chain c: CF1 -> CF2", "chain c: CF1 -> CF2\ncmoc CF3: high t", StringComparison.Ordinal) + "\n";
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = LspTestClient.Uri(MainPath), version = 2 }, contentChanges = new[] { new { text } } });

        async Task<List<string>> Labels(string what, int offset)
        {
            var (line, character) = Find(text, what, offset);
            var list = await client.RequestAsync("textDocument/completion", LspTestClient.At(MainPath, line, character));
            return [.. list!["items"]!.AsArray().Select(i => (string)i!["label"]!)];
        }

        // A clause keyword on the empty line inside CF1's block.
        var clauses = await Labels("early\n      \n", "early\n      ".Length);
        Assert.Contains("evidence", clauses);
        Assert.Contains("moderated by", clauses);
        Assert.DoesNotContain("construct", clauses);

        // A term: constructs, their aliases and labels, and levels.
        var terms = await Labels("cmoc CF3: high t", "cmoc CF3: high t".Length);
        Assert.Contains("trust", terms);
        Assert.Contains("reliance", terms);
        Assert.Contains("partner_trust", terms);
        Assert.Contains("task_achievement", terms);

        Assert.Equal(["early", "late"], await Labels("stage     early", "stage     ".Length));
        Assert.Equal(["CF1", "CF2", "CF3"], await Labels("chain c: CF1", "chain c: ".Length));
        Assert.Equal(["@lasker2001", "@huxham2005"], await Labels("@huxham2005 at", 1));
    }

    [Fact]
    public async Task Rename_edits_every_file_and_a_refusal_says_why()
    {
        await using var client = await StartAsync();
        var prepare = await client.RequestAsync("textDocument/prepareRename", At(MainPath, "high trust", 6));
        Assert.Equal("trust", (string?)prepare!["placeholder"]);

        var (line, character) = Find(Main, "high trust", 6);
        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspTestClient.Uri(MainPath) }, position = new { line, character }, newName = "mutual_trust" });
        var changes = edit!["changes"]!.AsObject();
        Assert.Equal(
            [LspTestClient.Uri(ConstructsPath), LspTestClient.Uri(MainPath)],
            changes.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Single(changes[LspTestClient.Uri(MainPath)]!.AsArray()); // `high reliance` keeps its alias
        Assert.Equal("mutual_trust", (string?)changes[LspTestClient.Uri(ConstructsPath)]![0]!["newText"]);

        var refused = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspTestClient.Uri(MainPath) }, position = new { line, character }, newName = "faith" }));
        Assert.Equal("a construct named `faith` already exists", refused.Message);
    }

    [Fact]
    public async Task Code_actions_fix_suppress_and_rewrite()
    {
        await using var client = await StartAsync();
        var text = Main.Replace("mechanism increased faith\n", "mechanism increased faithh\n", StringComparison.Ordinal)
            .Replace("@lasker2001, @huxham2005 at", "@laskr2001, @huxham2005 at", StringComparison.Ordinal) + "\n";
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = LspTestClient.Uri(MainPath), version = 2 }, contentChanges = new[] { new { text } } });
        await client.DiagnosticsAsync(LspTestClient.Uri(MainPath), 2);

        async Task<JsonArray> Actions(string what)
        {
            var (line, character) = Find(text, what, 1);
            return (await client.RequestAsync("textDocument/codeAction", new
            {
                textDocument = new { uri = LspTestClient.Uri(MainPath) },
                range = new { start = new { line, character }, end = new { line, character } },
                context = new { diagnostics = Array.Empty<object>() },
            }))!.AsArray();
        }

        var onTypo = await Actions("faithh");
        var titles = onTypo.Select(a => (string)a!["title"]!).ToList();
        Assert.Equal("Change to `faith`", titles[0]);
        Assert.True((bool?)onTypo[0]!["isPreferred"]);
        Assert.Equal("faith", (string?)onTypo[0]!["edit"]!["changes"]![LspTestClient.Uri(MainPath)]![0]!["newText"]);
        Assert.Contains("Declare construct `faithh`", titles);
        Assert.Contains("Suppress TH2001 here, with a reason", titles);
        Assert.Contains("Rewrite as one line (context => mechanism -> outcome)", titles);
        Assert.Contains("Rewrite as if … then … because", titles);

        var onCitation = (await Actions("laskr2001")).Select(a => (string)a!["title"]!).ToList();
        Assert.Contains("Add an entry for `@laskr2001` to references.bib", onCitation);
        Assert.Contains("Change to `@lasker2001`", onCitation);
    }

    [Fact]
    public async Task Formatting_answers_with_edits_that_make_the_formatted_file()
    {
        await using var client = await StartAsync();
        const string messy = "construct   a {kind state description \"x\"}\ncmoc C1 : high a=>increased a->increased a\n";
        var path = Path.Combine(_temp.Path, "t", "messy.theory");
        File.WriteAllText(path, messy);
        await client.OpenAsync(path, messy);
        var edits = (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspTestClient.Uri(path) }, options = new { tabSize = 2, insertSpaces = true } }))!.AsArray();
        Assert.Equal("construct a {\n  kind        state\n  description \"x\"\n}\n\ncmoc C1: high a => increased a -> increased a\n", ApplyEdits(messy, edits));
    }

    internal static string ApplyEdits(string text, JsonArray edits)
    {
        var lines = text.Split('\n');
        int Offset(JsonNode position)
        {
            var line = (int)position["line"]!;
            return lines.Take(line).Sum(l => l.Length + 1) + (int)position["character"]!;
        }

        foreach (var edit in edits.OrderByDescending(e => Offset(e!["range"]!["start"]!)))
        {
            var start = Offset(edit!["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = text[..start] + (string)edit["newText"]! + text[end..];
        }

        return text;
    }
}
