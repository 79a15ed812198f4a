namespace Theory.LanguageServer;

/// <summary>`file://` URIs as clients send them, to and from full paths.</summary>
internal static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
            throw new JsonRpc.JsonRpcException(JsonRpc.JsonRpcException.InvalidParams, $"only file: URIs are served, not '{uri}'");
        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
