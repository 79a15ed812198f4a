using System.Text.Json;
using System.Text.Json.Serialization;

namespace Theory.LanguageServer.JsonRpc;

/// <summary>How protocol types are written: camelCase names, absent values left out, as the LSP specification writes them.</summary>
internal static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static T Read<T>(JsonElement? parameters) =>
        parameters is { } element
            ? element.Deserialize<T>(Options) ?? throw new JsonRpcException(JsonRpcException.InvalidParams, "missing parameters")
            : throw new JsonRpcException(JsonRpcException.InvalidParams, "missing parameters");
}
