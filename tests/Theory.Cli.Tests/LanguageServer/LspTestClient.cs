using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Theory.LanguageServer;

namespace Theory.Cli.Tests.LanguageServer;

/// <summary>
/// A small LSP client written apart from the server (its own framing and JSON handling): it sends
/// requests and notifications, matches answers by ID and keeps the server's notifications, so a
/// test can wait for `textDocument/publishDiagnostics`. It drives the server in process over
/// pipes, or as the `theory lsp` process over its standard input and output.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<(string Method, JsonNode? Params)> _notifications = [];
    private readonly SemaphoreSlim _notified = new(0);
    private readonly Task _reader;
    private readonly Task<int>? _server;
    private readonly Process? _process;
    private int _nextId;

    private LspTestClient(Stream toServer, Stream fromServer, Task<int>? server, Process? process)
    {
        (_toServer, _fromServer, _server, _process) = (toServer, fromServer, server, process);
        _reader = Task.Run(ReadLoopAsync);
    }

    public static LspTestClient InProcess(LanguageServerOptions? options = null)
    {
        var clientToServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, clientToServer.ClientSafePipeHandle);
        var serverToClient = new AnonymousPipeServerStream(PipeDirection.Out);
        var clientInput = new AnonymousPipeClientStream(PipeDirection.In, serverToClient.ClientSafePipeHandle);
        var server = Task.Run(async () =>
        {
            try
            {
                return await TheoryLanguageServer.RunAsync(serverInput, serverToClient, options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(20) });
            }
            finally
            {
                serverToClient.Dispose();
            }
        });
        return new LspTestClient(clientToServer, clientInput, server, null);
    }

    public static LspTestClient OverProcess(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "theory.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(workingDirectory, ".cache");
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        return new LspTestClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, null, process);
    }

    public async Task<JsonNode?> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        return await answer.Task.WaitAsync(Timeout);
    }

    /// <summary>Bytes as they are, framing included: for tests of what a broken client sends.</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        await _toServer.WriteAsync(bytes);
        await _toServer.FlushAsync();
    }

    public Task NotifyAsync(string method, object? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    /// <summary>The first notification of <paramref name="method"/> (received before or after the call) that <paramref name="match"/> accepts; it is consumed.</summary>
    public async Task<JsonNode> WaitForNotificationAsync(string method, Func<JsonNode, bool> match)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            lock (_notifications)
            {
                var index = _notifications.FindIndex(n => n.Method == method && n.Params is not null && match(n.Params));
                if (index >= 0)
                {
                    var found = _notifications[index].Params!;
                    _notifications.RemoveAt(index);
                    return found;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _notified.WaitAsync(left))
                throw new TimeoutException($"no {method} notification arrived that matched");
        }
    }

    /// <summary>Diagnostics the server publishes next for <paramref name="uri"/> (optionally, for that document version).</summary>
    public Task<JsonNode> DiagnosticsAsync(string uri, int? version = null) =>
        WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version));

    public async Task<JsonNode?> InitializeAsync(string root)
    {
        var result = await RequestAsync("initialize", new { processId = (int?)null, rootUri = Uri(root), capabilities = new { } });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task OpenAsync(string path, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "theory", version, text } });

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static object At(string path, int line, int character) =>
        new { textDocument = new { uri = Uri(path) }, position = new { line, character } };

    /// <summary>`shutdown` then `exit`; the server's exit code (0 when it was shut down properly).</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        if (_server is not null)
            return await _server.WaitAsync(Timeout);
        await _process!.WaitForExitAsync().WaitAsync(Timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _toServer.Dispose();
        if (_process is { HasExited: false })
            _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException)
        {
        }

        _fromServer.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _toServer.WriteAsync(header);
        await _toServer.WriteAsync(body);
        await _toServer.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                if (message["method"] is null && message["error"] is { } orphan && message["id"] is null)
                {
                    // An error that answers no request (the message could not be read): kept as "$error".
                    lock (_notifications)
                        _notifications.Add(("$error", orphan.DeepClone()));
                    _notified.Release();
                }
                else if (message["id"] is { } id && message["method"] is null)
                {
                    if (_pending.TryRemove((int)id, out var answer))
                    {
                        if (message["error"] is { } error)
                            answer.SetException(new LspErrorException((int)error["code"]!, (string)error["message"]!));
                        else
                            answer.SetResult(message["result"]?.DeepClone());
                    }
                }
                else if (message["method"] is { } method)
                {
                    lock (_notifications)
                        _notifications.Add(((string)method!, message["params"]?.DeepClone()));
                    _notified.Release();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task<JsonNode?> ReadMessageAsync()
    {
        var length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _fromServer.ReadAsync(one) == 0)
                return null;
            if (one[0] != '\n')
            {
                if (one[0] != '\r')
                    line.Append((char)one[0]);
                continue;
            }

            if (line.Length == 0)
                break;
            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(text["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            line.Clear();
        }

        var body = new byte[length];
        await _fromServer.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }

    private static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value);
}

internal sealed class LspErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
