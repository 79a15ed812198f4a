using System.Text;
using Theory.Syntax;

namespace Theory.Import;

/// <summary>Names for the theory language made from spreadsheet text: snake_case, never a keyword.</summary>
internal static class ImportNames
{
    private static readonly HashSet<string> Keywords = new(
        Enum.GetValues(typeof(SyntaxKind)).Cast<SyntaxKind>()
            .Where(SyntaxFacts.IsKeyword)
            .Select(SyntaxFacts.GetText)
            .OfType<string>(),
        StringComparer.Ordinal);

    /// <summary>`Staff confidence (self-rated)` → `staff_confidence_self_rated`; null when nothing is left.</summary>
    public static string? FromText(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) && c < 0x10000)
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                builder.Append('_');
        }

        var name = builder.ToString().Trim('_');
        if (name.Length == 0)
            return null;
        if (char.IsDigit(name[0]))
            name = "n_" + name;
        return Keywords.Contains(name) ? name + "_" : name;
    }

    /// <summary>A CMOC ID kept as written when it already is a name (CF1, P2_a), else made into one.</summary>
    public static string? CmocId(string text)
    {
        var trimmed = text.Trim();
        if (IsName(trimmed) && !Keywords.Contains(trimmed))
            return trimmed;
        var builder = new StringBuilder();
        foreach (var c in trimmed)
            builder.Append(char.IsLetterOrDigit(c) && c < 0x10000 ? c : '_');
        var id = builder.ToString().Trim('_');
        while (id.Contains("__"))
            id = id.Replace("__", "_");
        if (id.Length == 0)
            return null;
        if (char.IsDigit(id[0]))
            id = "C" + id;
        return Keywords.Contains(id) ? id + "_" : id;
    }

    public static bool IsName(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => (char.IsLetterOrDigit(c) || c == '_') && c < 0x10000);

    /// <summary>A citation key as the lexer reads it after `@`.</summary>
    public static bool IsCitationKey(string text) =>
        text.Length > 0 && (char.IsLetterOrDigit(text[0]) || text[0] == '_')
        && text.All(c => c < 0x10000 && (char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '/' or '.' or '+'));
}
