using System.Text.Json;

namespace Theory.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

/// <summary>Text 1, read 2, write 3.</summary>
internal sealed record DocumentHighlight(Range Range, int Kind);

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

internal sealed record WorkspaceSymbolParams(string Query);

internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

internal sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

internal sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

internal sealed record SemanticTokens(int[] Data);

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

internal sealed record PrepareRenameResult(Range Range, string Placeholder);

internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Kinds: keyword 14, class 7 (construct), event 23 (CMOC), module 9 (group), enum member 20 (stage, type), reference 18 (citation).</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit? TextEdit, string? SortText, string? FilterText);

internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

internal sealed record CodeActionContext(LspDiagnostic[] Diagnostics);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

internal sealed record FormattingOptions(int TabSize, bool InsertSpaces);

internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

internal sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options);

internal sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
