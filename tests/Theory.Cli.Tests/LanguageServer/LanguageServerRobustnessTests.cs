using System.Text;

namespace Theory.Cli.Tests.LanguageServer;

/// <summary>
/// What a misbehaving or hostile client sends: the server answers each bad message with the
/// protocol's error (or ignores a bad notification) and goes on serving.
/// </summary>
public class LanguageServerRobustnessTests
{
    [Fact]
    public async Task Bad_messages_get_errors_and_the_server_keeps_serving()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("t.theory", "construct trust\nconstruct faith\ncmoc C1: high trust => increased faith -> increased trust\n");
        await using var client = LspTestClient.InProcess();

        var early = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", LspTestClient.At(path, 0, 0)));
        Assert.Equal(-32002, early.Code);

        await client.InitializeAsync(temp.Path);
        var unknown = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/noSuchThing", new { }));
        Assert.Equal(-32601, unknown.Code);
        var missing = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", null));
        Assert.Equal(-32602, missing.Code);
        var wrongShape = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new { textDocument = "not an object", position = 3 }));
        Assert.Equal(-32602, wrongShape.Code);
        var notAFile = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "https://example.org/t.theory" }, position = new { line = 0, character = 0 } }));
        Assert.Equal(-32602, notAFile.Code);

        // Notifications that cannot be used are dropped without an answer.
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "untitled:Untitled-1", languageId = "theory", version = 1, text = "construct x" } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = LspTestClient.Uri(path), version = 9 }, contentChanges = "nonsense" });

        // Positions past the end of a line or of the file are clamped, as editors expect.
        await client.OpenAsync(path, File.ReadAllText(path));
        Assert.Null(await client.RequestAsync("textDocument/hover", LspTestClient.At(path, 400, 9000)));
        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(path, 0, 9000));
        Assert.StartsWith("**construct** `trust`", (string?)hover!["contents"]!["value"], StringComparison.Ordinal);

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Theory_text_in_hovers_cannot_become_links_or_html()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("t.theory", "construct trust \"[click](https://evil.example) <img src=x onerror=alert(1)>\" {\n  description \"# heading ![x](y)\"\n}\n");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(temp.Path);
        await client.OpenAsync(path, File.ReadAllText(path));
        var hover = (string?)(await client.RequestAsync("textDocument/hover", LspTestClient.At(path, 0, 11)))!["contents"]!["value"];
        Assert.Contains("\\[click\\]\\(https\\:", hover, StringComparison.Ordinal);
        Assert.Contains("\\<img", hover, StringComparison.Ordinal);
        Assert.Contains("\\# heading \\!\\[x\\]\\(y\\)", hover, StringComparison.Ordinal);
        Assert.DoesNotContain("](https", hover, StringComparison.Ordinal);
        await client.ShutdownAsync();
    }

    [Fact]
    public async Task A_malformed_frame_ends_nothing_but_itself()
    {
        using var temp = new TempDirectory();
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(temp.Path);
        // Valid framing, a body that is not JSON: a parse error answer with a null id.
        await client.SendRawAsync(Encoding.UTF8.GetBytes("Content-Length: 9\r\n\r\n{not json"));
        var answer = await client.WaitForNotificationAsync("$error", _ => true);
        Assert.Equal(-32700, (int?)answer["code"]);
        Assert.Empty((await client.RequestAsync("workspace/symbol", new { query = "" }))!.AsArray());
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
