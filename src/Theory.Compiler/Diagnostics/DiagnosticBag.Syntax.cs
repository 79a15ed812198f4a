using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>TH1xxx: what the lexer and parser report.</summary>
internal sealed partial class DiagnosticBag
{
    // suggestion: A keyword the author probably meant, or null.
    public void ReportUnexpectedToken(Location location, string expected, string found, string? suggestion = null) =>
        Add(DiagnosticDescriptors.UnexpectedToken, location, expected, suggestion is null ? found : $"{found} (did you mean `{suggestion}`?)");

    /// <summary>A reserved word where a name is expected: the message says it is reserved, and how to write the name.</summary>
    public void ReportReservedWord(Location location, string expected, string word, string why) =>
        Add(DiagnosticDescriptors.UnexpectedToken, location, expected,
            $"`{word}`, which is a reserved word ({why}) and cannot be a name: add a word to it, such as `{word}_level`");

    public void ReportMissingToken(Location location, string expected, string where) =>
        Add(DiagnosticDescriptors.MissingToken, location, expected, where);

    public void ReportUnterminatedString(Location location) =>
        Add(DiagnosticDescriptors.UnterminatedString, location);

    public void ReportUnterminatedComment(Location location) =>
        Add(DiagnosticDescriptors.UnterminatedComment, location);

    public void ReportInvalidCharacters(Location location, string characters) =>
        Add(DiagnosticDescriptors.InvalidCharacters, location, characters.Length > 1 ? "s" : "", DisplayText.Quote(characters));

    public void ReportUnclosedBrace(Location location, string owner, Location openBrace) =>
        Add(DiagnosticDescriptors.UnclosedBrace, location, [new RelatedLocation(openBrace, "the block opens here")], owner);

    public void ReportUnexpectedEndOfFile(Location location, string owner, string expected) =>
        Add(DiagnosticDescriptors.UnexpectedEndOfFile, location, owner, expected);

    public void ReportInvalidEscapeSequence(Location location, string escape) =>
        Add(DiagnosticDescriptors.InvalidEscapeSequence, location, escape);

    public void ReportTooDeeplyNested(Location location, int limit) =>
        Add(DiagnosticDescriptors.TooDeeplyNested, location, limit);
}
