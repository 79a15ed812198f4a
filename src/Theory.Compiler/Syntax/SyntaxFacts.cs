namespace Theory.Syntax;

/// <summary>Facts about kinds: which are keywords, their text, how to name them in messages.</summary>
internal static class SyntaxFacts
{
    public static bool IsStringToken(SyntaxToken token) =>
        token.Kind is SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken;

    // A keyword's text, by kind, worked out once from the kinds' names: the binder asks for the
    // text of every qualifier it reads, and naming an enum value boxes it and cuts strings.
    private static readonly string?[] KeywordTexts = MakeKeywordTexts();

    public static bool IsKeyword(SyntaxKind kind) => KeywordTextOf(kind) is not null;

    private static string? KeywordTextOf(SyntaxKind kind) =>
        (uint)kind < (uint)KeywordTexts.Length ? KeywordTexts[(int)kind] : null;

    private static string?[] MakeKeywordTexts()
    {
        var kinds = (SyntaxKind[])Enum.GetValues(typeof(SyntaxKind));
        var texts = new string?[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            if (kind.ToString().EndsWith("Keyword", StringComparison.Ordinal))
                texts[(int)kind] = KeywordText(kind);
        }

        return texts;
    }

    /// <summary>Levels (contexts) and directions (mechanisms, outcomes).</summary>
    public static bool IsQualifier(SyntaxKind kind) => kind is
        SyntaxKind.HighKeyword or SyntaxKind.LowKeyword or SyntaxKind.PresentKeyword or SyntaxKind.AbsentKeyword or
        SyntaxKind.AppropriateKeyword or SyntaxKind.ThresholdKeyword or SyntaxKind.IncreasedKeyword or SyntaxKind.DecreasedKeyword or
        SyntaxKind.ChangedKeyword or SyntaxKind.MaintainedKeyword;

    public static bool IsTier(SyntaxKind kind) => kind is SyntaxKind.IntermediateKeyword or SyntaxKind.FinalKeyword;

    /// <summary>`necessary` and `contributory`: the part a factor plays in bringing its outcome about.</summary>
    public static bool IsFactorRole(SyntaxKind kind) => kind is SyntaxKind.NecessaryKeyword or SyntaxKind.ContributoryKeyword;

    /// <summary>The fixed text of a keyword or punctuation token, or null for names, literals and trivia.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.FatArrowToken => "=>",
        SyntaxKind.ArrowToken => "->",
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.DotToken => ".",
        _ => KeywordTextOf(kind),
    };

    /// <summary>How a kind is named in a diagnostic: `cmoc`, `}`, "a name", "a quoted string".</summary>
    public static string GetDisplayName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "a name",
        SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken => "a quoted string",
        SyntaxKind.NumberToken => "a number",
        SyntaxKind.CitationToken => "a citation such as `@smith2020`",
        SyntaxKind.EndOfFileToken => "the end of the file",
        _ => GetText(kind) is { } text ? $"`{text}`" : kind.ToString(),
    };

    // Keyword kinds are named after their text (FocusGroupKeyword is `focus_group`).
    private static string KeywordText(SyntaxKind kind)
    {
        var name = kind.ToString()[..^"Keyword".Length];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a string literal of the language, quotes included: the inverse of
    /// reading one. Quotes, backslashes, line breaks, tabs and other control characters are escaped.
    /// </summary>
    public static string QuoteString(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // Controls, and the bidirectional marks that reorder what a reader sees (Trojan
                    // Source): escaped, so text from a spreadsheet cannot hide in a string.
                    if (char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F' or '\u061C')
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
