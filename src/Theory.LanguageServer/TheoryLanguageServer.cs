using System.Text.Json;
using System.Text.Json.Nodes;
using Theory.LanguageServer.Features;
using Theory.LanguageServer.JsonRpc;
using Theory.LanguageServer.Protocol;
using Theory.Syntax;

namespace Theory.LanguageServer;

/// <summary>
/// The Theory language server: LSP 3.17 over a pair of streams (stdio, as `theory lsp` runs it).
/// Requests are answered in the order they arrive, from one workspace snapshot; diagnostics are
/// published shortly after the last edit, for every file whose diagnostics changed.
/// </summary>
public sealed class TheoryLanguageServer
{
    private readonly JsonRpcConnection _connection;
    private readonly LanguageServerOptions _options;
    private readonly TheorySession _session = new();
    private readonly object _gate = new();
    /// <summary>What was last published for each URI (its version and diagnostics, as JSON), so an unchanged file is not sent again.</summary>
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private Func<string, string?> _helpUri;
    private CancellationTokenSource? _pendingDiagnostics;
    private bool _initialized;
    private bool _shutdown;

    private TheoryLanguageServer(Stream input, Stream output, LanguageServerOptions options)
    {
        _connection = new JsonRpcConnection(input, output);
        _options = options;
        _helpUri = options.HelpUri;
    }

    /// <summary>Serves until the client sends `exit` or closes the input; returns the exit code LSP asks for (0 after `shutdown`, else 1).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null, CancellationToken cancellation = default)
    {
        var server = new TheoryLanguageServer(input, output, options ?? new LanguageServerOptions());
        await server._connection.RunAsync(server.DispatchAsync, cancellation).ConfigureAwait(false);
        return server._shutdown ? 0 : 1;
    }

    private async Task<(object? Result, bool Continue)> DispatchAsync(string method, JsonElement? parameters, JsonNode? id)
    {
        if (method == "exit")
            return (null, false);
        if (!_initialized && method != "initialize")
        {
            if (id is null)
                return (null, true); // notifications before initialize are dropped, as the protocol says
            throw new JsonRpcException(JsonRpcException.ServerNotInitialized, "the server has not been initialized");
        }

        object? result;
        lock (_gate)
            result = Handle(method, parameters, id);
        if (method is "initialized" or "textDocument/didOpen" or "textDocument/didClose" or "workspace/didChangeWatchedFiles" or "textDocument/didSave")
            ScheduleDiagnostics(TimeSpan.Zero);
        else if (method == "textDocument/didChange")
            ScheduleDiagnostics(_options.DiagnosticsDelay);
        await Task.CompletedTask.ConfigureAwait(false);
        return (result, true);
    }

    private object? Handle(string method, JsonElement? parameters, JsonNode? id)
    {
        switch (method)
        {
            case "initialize":
                return Initialize(ProtocolJson.Read<InitializeParams>(parameters));
            case "initialized":
                return null;
            case "shutdown":
                _shutdown = true;
                return null;
            case "textDocument/didOpen":
            {
                var p = ProtocolJson.Read<DidOpenTextDocumentParams>(parameters);
                _session.Open(DocumentUri.ToPath(p.TextDocument.Uri), p.TextDocument.Text, p.TextDocument.Version);
                return null;
            }

            case "textDocument/didChange":
            {
                var p = ProtocolJson.Read<DidChangeTextDocumentParams>(parameters);
                var path = DocumentUri.ToPath(p.TextDocument.Uri);
                var text = _session.OpenText(path) ?? "";
                foreach (var change in p.ContentChanges)
                    text = LspText.Apply(text, change);
                _session.Change(path, text, p.TextDocument.Version ?? 0);
                return null;
            }

            case "textDocument/didClose":
                _session.Close(DocumentUri.ToPath(ProtocolJson.Read<DidCloseTextDocumentParams>(parameters).TextDocument.Uri));
                return null;
            case "textDocument/didSave" or "workspace/didChangeWatchedFiles":
                _session.Reload();
                return null;
            case "textDocument/hover":
                return WithPosition(parameters, HoverFeature.Hover);
            case "textDocument/definition":
                return WithPosition(parameters, NavigationFeature.Definition);
            case "textDocument/references":
            {
                var p = ProtocolJson.Read<ReferenceParams>(parameters);
                return WithTree(p.TextDocument, (tree, _) => NavigationFeature.References(_session, tree, LspText.ToOffset(tree.Text, p.Position), p.Context?.IncludeDeclaration ?? true), Array.Empty<Protocol.Location>());
            }

            case "textDocument/documentHighlight":
                return WithPosition(parameters, NavigationFeature.Highlights);
            case "textDocument/documentSymbol":
                return WithTree(ProtocolJson.Read<DocumentSymbolParams>(parameters).TextDocument, (tree, _) => SymbolsFeature.Outline(tree), Array.Empty<DocumentSymbol>());
            case "workspace/symbol":
                return SymbolsFeature.Search(_session, ProtocolJson.Read<WorkspaceSymbolParams>(parameters).Query);
            case "textDocument/foldingRange":
                return WithTree(ProtocolJson.Read<FoldingRangeParams>(parameters).TextDocument, (tree, _) => FoldingFeature.Ranges(tree), Array.Empty<FoldingRange>());
            case "textDocument/semanticTokens/full":
                return WithTree(ProtocolJson.Read<SemanticTokensParams>(parameters).TextDocument, (tree, _) => SemanticTokensFeature.Tokens(_session, tree), new SemanticTokens([]));
            case "textDocument/completion":
                return WithPosition(parameters, CompletionFeature.Complete) ?? new CompletionList(false, []);
            case "textDocument/prepareRename":
                return WithPosition(parameters, RenameFeature.Prepare);
            case "textDocument/rename":
            {
                var p = ProtocolJson.Read<RenameParams>(parameters);
                return WithTree(p.TextDocument, (tree, _) => RenameFeature.Rename(_session, tree, LspText.ToOffset(tree.Text, p.Position), p.NewName), null);
            }

            case "textDocument/codeAction":
            {
                var p = ProtocolJson.Read<CodeActionParams>(parameters);
                return WithTree(p.TextDocument, (tree, _) => CodeActionFeature.Actions(_session, tree, p.Range, _helpUri), Array.Empty<CodeAction>());
            }

            case "textDocument/formatting":
                return WithTree(ProtocolJson.Read<DocumentFormattingParams>(parameters).TextDocument, (tree, _) => FormattingFeature.Format(tree), Array.Empty<Protocol.TextEdit>());
            case "textDocument/rangeFormatting":
            {
                var p = ProtocolJson.Read<DocumentRangeFormattingParams>(parameters);
                return WithTree(p.TextDocument, (tree, _) => FormattingFeature.Format(tree, p.Range), Array.Empty<Protocol.TextEdit>());
            }

            default:
                if (id is null || method.StartsWith("$/", StringComparison.Ordinal))
                    return null; // unknown notifications (and $/ requests) are ignored
                throw new JsonRpcException(JsonRpcException.MethodNotFound, $"{method} is not supported");
        }
    }

    private InitializeResult Initialize(InitializeParams p)
    {
        var root = p.WorkspaceFolders?.FirstOrDefault()?.Uri is { } folder ? DocumentUri.ToPath(folder)
            : p.RootUri is { } rootUri ? DocumentUri.ToPath(rootUri)
            : p.RootPath is { } rootPath ? Path.GetFullPath(rootPath)
            : Directory.GetCurrentDirectory();
        if (p.InitializationOptions is { ValueKind: JsonValueKind.Object } options
            && options.TryGetProperty("helpBaseUri", out var help) && help.ValueKind == JsonValueKind.String && help.GetString() is { Length: > 0 } baseUri)
            _helpUri = diagnosticId => baseUri + diagnosticId + ".md";
        _session.Initialize(root);
        _initialized = true;
        return new InitializeResult(Capabilities(), new ServerInfo("theory", _options.Version));
    }

    private static JsonObject Capabilities() => new()
    {
        ["positionEncoding"] = "utf-16",
        ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
        ["hoverProvider"] = true,
        ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray("@") },
        ["definitionProvider"] = true,
        ["referencesProvider"] = true,
        ["documentHighlightProvider"] = true,
        ["documentSymbolProvider"] = true,
        ["workspaceSymbolProvider"] = true,
        ["foldingRangeProvider"] = true,
        ["semanticTokensProvider"] = new JsonObject
        {
            ["legend"] = new JsonObject
            {
                ["tokenTypes"] = new JsonArray([.. SemanticTokensFeature.TokenTypes.Select(t => (JsonNode)t)]),
                ["tokenModifiers"] = new JsonArray([.. SemanticTokensFeature.TokenModifiers.Select(t => (JsonNode)t)]),
            },
            ["full"] = true,
        },
        ["renameProvider"] = new JsonObject { ["prepareProvider"] = true },
        ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix", "refactor.rewrite") },
        ["documentFormattingProvider"] = true,
        ["documentRangeFormattingProvider"] = true,
    };

    private object? WithPosition<T>(JsonElement? parameters, Func<TheorySession, SyntaxTree, int, T> handler)
    {
        var p = ProtocolJson.Read<TextDocumentPositionParams>(parameters);
        return WithTree(p.TextDocument, (tree, _) => handler(_session, tree, LspText.ToOffset(tree.Text, p.Position)), default(T));
    }

    private object? WithTree<T>(TextDocumentIdentifier document, Func<SyntaxTree, string, T> handler, T whenMissing)
    {
        var path = DocumentUri.ToPath(document.Uri);
        return _session.TreeOf(path) is { } tree ? handler(tree, path) : whenMissing;
    }

    /// <summary>Publishes diagnostics after <paramref name="delay"/>, unless another edit comes first.</summary>
    private void ScheduleDiagnostics(TimeSpan delay)
    {
        var cancellation = new CancellationTokenSource();
        Interlocked.Exchange(ref _pendingDiagnostics, cancellation)?.Cancel();
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                    await Task.Delay(delay, cancellation.Token).ConfigureAwait(false);
                List<PublishDiagnosticsParams> messages;
                lock (_gate)
                {
                    if (cancellation.IsCancellationRequested)
                        return;
                    messages = CollectDiagnostics();
                }

                // A message once begun is written whole (a cancelled write would leave half a
                // message on the stream); a newer edit only stops the ones not yet begun.
                foreach (var message in messages)
                {
                    if (cancellation.IsCancellationRequested)
                        return;
                    lock (_published)
                    {
                        if (_published.TryGetValue(message.Uri, out var last) && last == Fingerprint(message))
                            continue;
                    }

                    await _connection.NotifyAsync("textDocument/publishDiagnostics", message, CancellationToken.None).ConfigureAwait(false);
                    // What the editor shows now: a later round clears only what was really sent.
                    lock (_published)
                        _published[message.Uri] = Fingerprint(message);
                }
            }
            catch (OperationCanceledException)
            {
                // A newer edit will publish.
            }
        });
    }

    private List<PublishDiagnosticsParams> CollectDiagnostics()
    {
        var current = DiagnosticsFeature.Collect(_session, _helpUri)
            .ToDictionary(e => DocumentUri.FromPath(e.Key), e => (Path: e.Key, e.Value), StringComparer.Ordinal);
        var messages = new List<PublishDiagnosticsParams>();
        foreach (var (uri, (path, diagnostics)) in current.OrderBy(e => e.Key, StringComparer.Ordinal))
            messages.Add(new PublishDiagnosticsParams(uri, _session.VersionOf(path), diagnostics));
        // Every open document hears of each new version of itself, even with nothing to report:
        // the editor then knows the text it shows has been checked. Unchanged files are not resent.
        List<string> stale;
        lock (_published)
            stale = [.. _published.Keys.Union(_session.OpenDocuments.Select(DocumentUri.FromPath)).Where(uri => !current.ContainsKey(uri)).Distinct().Order(StringComparer.Ordinal)];
        foreach (var uri in stale)
            messages.Add(new PublishDiagnosticsParams(uri, _session.VersionOf(DocumentUri.ToPath(uri)), []));
        return messages;
    }

    private static string Fingerprint(PublishDiagnosticsParams message) =>
        System.Text.Json.JsonSerializer.Serialize(message, ProtocolJson.Options);
}
