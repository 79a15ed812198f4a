namespace Theory.LanguageServer.JsonRpc;

/// <summary>An error a request answers with: a JSON-RPC (or LSP) error code and a message for the client.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;

    public int Code { get; } = code;
}
