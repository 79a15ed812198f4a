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
        foreach (var codePoint in IdentifierCharacters.CodePoints(text))
        {
            if (IdentifierCharacters.IsPart(codePoint) && codePoint != '_')
                builder.Append(Lower(codePoint));
            else if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                builder.Append('_');
        }

        var name = builder.ToString().Trim('_');
        if (name.Length == 0)
            return null;
        if (!IdentifierCharacters.IsStart(IdentifierCharacters.CodePoints(name).First()))
            name = "n_" + name;
        return Keywords.Contains(name) ? name + "_" : name;
    }

    /// <summary>A CMOC ID kept as written when it already is a name (CF1, P2_a), else made into one.</summary>
    public static string? CmocId(string text)
    {
        var trimmed = text.Trim();
        if (IsName(trimmed) && !Keywords.Contains(trimmed) || IdentifierCharacters.IsNumber(trimmed))
            return trimmed;
        var builder = new StringBuilder();
        foreach (var codePoint in IdentifierCharacters.CodePoints(trimmed))
            builder.Append(IdentifierCharacters.IsPart(codePoint) ? char.ConvertFromUtf32(codePoint) : "_");
        var id = builder.ToString().Trim('_');
        while (id.Contains("__"))
            id = id.Replace("__", "_");
        if (id.Length == 0)
            return null;
        if (!IdentifierCharacters.IsStart(IdentifierCharacters.CodePoints(id).First()))
            id = "C" + id;
        return Keywords.Contains(id) ? id + "_" : id;
    }

    public static bool IsName(string text) => IdentifierCharacters.IsName(text);

    /// <summary>Whether the text is one of the language's keywords, which cannot stand as a name.</summary>
    public static bool IsKeyword(string text) => Keywords.Contains(text);

    /// <summary>A citation key as the lexer reads it after `@`.</summary>
    public static bool IsCitationKey(string text)
    {
        var first = true;
        foreach (var codePoint in IdentifierCharacters.CodePoints(text))
        {
            if (!IdentifierCharacters.IsPart(codePoint) && (first || codePoint is not (':' or '-' or '/' or '.' or '+')))
                return false;
            first = false;
        }

        return !first;
    }

    // Lower case when the lower-case letter is still a name character (it always is in practice).
    private static string Lower(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);
        var lower = text.ToLowerInvariant();
        return IdentifierCharacters.IsName("a" + lower) ? lower : text;
    }
}
