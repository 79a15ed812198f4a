namespace Theory.Syntax.Parsing;

/// <summary>
/// Where a large text can be cut to lex its pieces at the same time: just after a line feed. No
/// token of the language runs across a line break except a block comment (strings, line comments
/// and whitespace stop before it), so a cut there is a token boundary unless a block comment is
/// open; <see cref="LexedText.Lex"/> sees that (the piece before ends in an unterminated
/// comment) and lexes the text whole.
/// </summary>
internal static class LineSlices
{
    /// <summary>The cut positions: 0, the cuts in order, then the text's length.</summary>
    public static List<int> Find(string text, int slices)
    {
        var cuts = new List<int> { 0 };
        for (var k = 1; k < slices; k++)
        {
            var target = Math.Max(cuts[^1] + 1, (int)((long)text.Length * k / slices));
            var lineFeed = target < text.Length ? text.IndexOf('\n', target) : -1;
            if (lineFeed < 0 || lineFeed + 1 >= text.Length)
                break;
            cuts.Add(lineFeed + 1);
        }

        cuts.Add(text.Length);
        return cuts;
    }
}
