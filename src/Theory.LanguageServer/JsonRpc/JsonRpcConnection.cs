using System.Text.Json;
using System.Text.Json.Nodes;

namespace Theory.LanguageServer.JsonRpc;

/// <summary>
/// JSON-RPC 2.0 over a pair of streams: reads requests and notifications one at a time and hands
/// them to the dispatcher (so the server sees edits in the order they were made), writes answers
/// and the server's own notifications, one message at a time.
/// </summary>
internal sealed class JsonRpcConnection(Stream input, Stream output)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Reads until the stream ends or <paramref name="dispatch"/> asks to stop (it returns false).</summary>
    public async Task RunAsync(Func<string, JsonElement?, JsonNode?, Task<(object? Result, bool Continue)>> dispatch, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var body = await MessageFraming.ReadAsync(input, cancellation).ConfigureAwait(false);
            if (body is null)
                return;
            JsonDocument message;
            try
            {
                message = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                await SendErrorAsync(null, JsonRpcException.ParseError, "the message is not JSON", cancellation).ConfigureAwait(false);
                continue;
            }

            using (message)
            {
                var root = message.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
                {
                    // A response to a request of ours (none are awaited) or nonsense: nothing to answer.
                    continue;
                }

                var method = methodElement.GetString()!;
                JsonNode? id = root.TryGetProperty("id", out var idElement) ? JsonNode.Parse(idElement.GetRawText()) : null;
                JsonElement? parameters = root.TryGetProperty("params", out var p) ? p.Clone() : null;
                object? result;
                bool keepGoing;
                try
                {
                    (result, keepGoing) = await dispatch(method, parameters, id).ConfigureAwait(false);
                }
                catch (JsonRpcException e)
                {
                    if (id is not null)
                        await SendErrorAsync(id, e.Code, e.Message, cancellation).ConfigureAwait(false);
                    continue;
                }
                catch (Exception e) when (e is JsonException or FormatException)
                {
                    if (id is not null)
                        await SendErrorAsync(id, JsonRpcException.InvalidParams, $"{method}: {e.Message}", cancellation).ConfigureAwait(false);
                    continue;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a handler answers that request with an error; the server goes on
                    // serving the editor (a crashed server would leave the user with nothing).
                    if (id is not null)
                        await SendErrorAsync(id, JsonRpcException.InternalError, $"internal error in {method}: {e.GetType().Name}: {e.Message}", cancellation).ConfigureAwait(false);
                    continue;
                }

                if (id is not null)
                    await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = Serialize(result) }, cancellation).ConfigureAwait(false);
                if (!keepGoing)
                    return;
            }
        }
    }

    public Task NotifyAsync(string method, object parameters, CancellationToken cancellation) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = Serialize(parameters) }, cancellation);

    private Task SendErrorAsync(JsonNode? id, int code, string message, CancellationToken cancellation) =>
        SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id,
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        }, cancellation);

    private async Task SendAsync(JsonObject message, CancellationToken cancellation)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJson.Options);
        await _writeLock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await MessageFraming.WriteAsync(output, bytes, cancellation).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static JsonNode? Serialize(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options),
    };
}
