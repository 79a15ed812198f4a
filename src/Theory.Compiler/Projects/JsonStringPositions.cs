using System.Text.Json;

namespace Theory.Projects;

/// <summary>
/// Where each string (a key or a value) is first written in a JSON text, found in one pass.
/// <c>JsonDocument</c> keeps no positions, and searching the text once per key made a theory.json
/// with 150,000 keys take most of a minute. Strings inside comments are skipped.
/// </summary>
internal sealed class JsonStringPositions
{
    private readonly Dictionary<string, (int Start, int Length)> _first = new(StringComparer.Ordinal);

    public JsonStringPositions(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (c == '"')
            {
                var end = i + 1;
                var escaped = false;
                while (end < text.Length && text[end] != '"')
                {
                    if (text[end] == '\\')
                    {
                        escaped = true;
                        end++;
                    }

                    end++;
                }

                if (end >= text.Length)
                    return;                                 // unterminated: the parser reports it
                var raw = text.Substring(i, end - i + 1);
                if (Decode(raw, escaped) is { } value)
                    _first.TryAdd(value, (i, raw.Length));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The start and length (quotes included) of the first place <paramref name="value"/> is written, or false.</summary>
    public bool TryFind(string value, out int start, out int length)
    {
        var found = _first.TryGetValue(value, out var position);
        (start, length) = found ? position : (-1, 0);
        return found;
    }

    private static string? Decode(string raw, bool escaped)
    {
        if (!escaped)
            return raw.Substring(1, raw.Length - 2);
        try
        {
            return JsonSerializer.Deserialize<string>(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
