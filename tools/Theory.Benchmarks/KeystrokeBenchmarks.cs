using System.IO.Pipes;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Theory.LanguageServer;
using Theory.LanguageServer.JsonRpc;

namespace Theory.Benchmarks;

/// <summary>
/// Keystroke to diagnostics through the language server: a `textDocument/didChange` of one
/// character in one file of a generated project on disk, until the `publishDiagnostics` of that
/// version arrives — JSON-RPC framing, the edit, re-parse, re-bind, re-check and the answer. The
/// server runs in process over pipes with no debounce, so the figure is the work itself (an
/// editor adds the 50 ms debounce of a burst of typing).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CliGcConfig))]
public class KeystrokeBenchmarks
{
    private string _folder = "";
    private string _uri = "";
    private string _text = "";
    private int _insertLine;
    private int _version = 1;
    private Stream _toServer = null!;
    private Stream _fromServer = null!;
    private Task<int> _server = null!;

    [Params(1_000)]
    public int Cmocs { get; set; }

    [Params(100)]
    public int CmocsPerFile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "theory-keystroke-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        foreach (var (path, text) in CorpusGenerator.Generate(Cmocs, CmocsPerFile))
        {
            var full = Path.Combine(_folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var edited = Directory.EnumerateFiles(Path.Combine(_folder, "mrt"), "*.theory").Order(StringComparer.Ordinal).First();
        _uri = new Uri(edited).AbsoluteUri;
        _text = File.ReadAllText(edited);
        _insertLine = _text[.._text.IndexOf("cmoc ", StringComparison.Ordinal)].Count(c => c == '\n');

        var clientToServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, clientToServer.ClientSafePipeHandle);
        var serverToClient = new AnonymousPipeServerStream(PipeDirection.Out);
        _fromServer = new AnonymousPipeClientStream(PipeDirection.In, serverToClient.ClientSafePipeHandle);
        _toServer = clientToServer;
        _server = TheoryLanguageServer.RunAsync(serverInput, serverToClient, new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });

        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(_folder).AbsoluteUri, ["capabilities"] = new JsonObject() } });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = _uri, ["languageId"] = "theory", ["version"] = 1, ["text"] = _text } },
        });
        WaitForDiagnostics(1);
    }

    /// <summary>One keystroke (a character typed into a comment line, then taken out again on the next), until its diagnostics arrive.</summary>
    [Benchmark]
    public void KeystrokeToDiagnostics()
    {
        var version = ++_version;
        var typing = (version & 1) == 0;
        var range = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = _insertLine, ["character"] = 0 },
            ["end"] = new JsonObject { ["line"] = _insertLine, ["character"] = typing ? 0 : 3 },
        };
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0", ["method"] = "textDocument/didChange",
            ["params"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = _uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = typing ? "//x" : "" }),
            },
        });
        WaitForDiagnostics(version);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _toServer.Dispose();
        _server.Wait(TimeSpan.FromSeconds(10));
        _fromServer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Send(JsonObject message) =>
        MessageFraming.WriteAsync(_toServer, JsonSerializer.SerializeToUtf8Bytes(message), CancellationToken.None).GetAwaiter().GetResult();

    private void WaitForDiagnostics(int version)
    {
        while (MessageFraming.ReadAsync(_fromServer, CancellationToken.None).GetAwaiter().GetResult() is { } body)
        {
            var message = JsonNode.Parse(body)!;
            if ((string?)message["method"] == "textDocument/publishDiagnostics" && (string?)message["params"]!["uri"] == _uri && (int?)message["params"]!["version"] == version)
                return;
        }

        throw new InvalidOperationException("the server closed the connection");
    }
}
