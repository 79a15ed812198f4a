namespace Theory.Diagnostics;

/// <summary>
/// The one table of diagnostics. IDs are stable: never renumber or reuse one. Families:
/// TH1xxx syntax. Each ID has a page in docs/diagnostics/ (a test checks that it exists).
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Syntax = "Syntax";

    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "TH1001", "Unexpected token",
        "expected {0}, found {1}",
        DiagnosticSeverity.Error, Syntax,
        "Check the statement against the language reference: each declaration and clause starts with its keyword.");

    public static readonly DiagnosticDescriptor MissingToken = new(
        "TH1002", "Missing token",
        "expected {0}{1}",
        DiagnosticSeverity.Error, Syntax,
        "Insert the missing token; the parser assumed it was there and carried on.");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "TH1003", "Unterminated string",
        "the string has no closing quote before the end of the line",
        DiagnosticSeverity.Error, Syntax,
        "Close the string with `\"` on the same line; write `\\\"` for a quote inside the text.");

    public static readonly DiagnosticDescriptor UnterminatedComment = new(
        "TH1004", "Unterminated block comment",
        "the block comment is never closed",
        DiagnosticSeverity.Error, Syntax,
        "Close the comment with `*/`, or use `//` comments, which end at the end of the line.");

    public static readonly DiagnosticDescriptor InvalidCharacters = new(
        "TH1005", "Invalid character",
        "invalid character{0} {1}",
        DiagnosticSeverity.Error, Syntax,
        "Remove the character; free text belongs inside quotes, and names use letters, digits and `_`.");

    public static readonly DiagnosticDescriptor UnclosedBrace = new(
        "TH1006", "Unclosed brace",
        "the `{{` of {0} is never closed: expected `}}` before the end of the file",
        DiagnosticSeverity.Error, Syntax,
        "Add the missing `}` where the block should end.");

    public static readonly DiagnosticDescriptor UnexpectedEndOfFile = new(
        "TH1007", "Unexpected end of file",
        "the file ends in the middle of {0}: expected {1}",
        DiagnosticSeverity.Error, Syntax,
        "The file looks truncated: complete the declaration or remove it.");

    public static readonly DiagnosticDescriptor InvalidEscapeSequence = new(
        "TH1008", "Invalid escape sequence",
        "`{0}` is not a valid escape sequence; use \\\", \\\\, \\n, \\t or \\uXXXX",
        DiagnosticSeverity.Error, Syntax,
        "Write a backslash as `\\\\`; the recognised escapes are \\\", \\\\, \\n, \\t and \\u followed by four hex digits.");

    public static readonly DiagnosticDescriptor TooDeeplyNested = new(
        "TH1009", "Too deeply nested",
        "groups are nested more than {0} levels deep",
        DiagnosticSeverity.Error, Syntax,
        "Flatten the nesting: a theory rarely needs more than a few levels of groups.");

    /// <summary>Every descriptor, in ID order: for docs, `theory explain` and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedToken, MissingToken, UnterminatedString, UnterminatedComment, InvalidCharacters,
        UnclosedBrace, UnexpectedEndOfFile, InvalidEscapeSequence, TooDeeplyNested,
    ];

    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
