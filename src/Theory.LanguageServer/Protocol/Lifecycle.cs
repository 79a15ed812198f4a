using System.Text.Json;

namespace Theory.LanguageServer.Protocol;

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, JsonElement? InitializationOptions);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(object Capabilities, ServerInfo ServerInfo);
