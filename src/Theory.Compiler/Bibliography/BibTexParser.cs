using System.Collections.Immutable;
using System.Text;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Text;

namespace Theory.Bibliography;

/// <summary>
/// Reads BibTeX the way BibTeX does: text outside entries is a comment; entries are
/// `@type{key, field = value, ...}` or with parentheses; values are `{...}` (nested braces),
/// `"..."`, numbers or `@string` abbreviations, joined with `#`; `@comment` and `@preamble` are
/// skipped. Errors skip to the next `@` so one bad entry does not hide the rest.
/// </summary>
internal sealed class BibTexParser
{
    private static readonly ImmutableDictionary<string, string> MonthAbbreviations = new Dictionary<string, string>
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    }.ToImmutableDictionary();

    private readonly SourceText _text;
    private readonly string _s;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SourceSymbol> _entries = [];
    private readonly Dictionary<string, SourceSymbol> _byKey = new(StringComparer.Ordinal);
    private int _pos;

    public BibTexParser(SourceText text)
    {
        _text = text;
        _s = text.ToString();
    }

    public BibliographyFile Parse()
    {
        while (true)
        {
            var at = _s.IndexOf('@', _pos);
            if (at < 0)
                break;
            _pos = at + 1;
            try
            {
                ParseItem(at);
            }
            catch (BibTexException e)
            {
                Report(e.Position, e.Message);
                // Resume at the error when it is the `@` of the next entry, so that entry is not lost.
                // An error at the very end leaves nothing to resume at (found by fuzzing: resuming
                // one past the end made the next search throw).
                _pos = Math.Min(_s.Length, Math.Max(at + 1, e.Position < _s.Length && _s[e.Position] == '@' ? e.Position : e.Position + 1));
            }
        }

        return new BibliographyFile(_text, [.. _entries], _diagnostics.ToImmutableSorted());
    }

    private void ParseItem(int at)
    {
        SkipWhitespace();
        var type = ReadIdentifier().ToLowerInvariant();
        if (type.Length == 0)
            throw new BibTexException(at, "expected an entry type after `@`");
        SkipWhitespace();
        if (type == "comment")
        {
            // `@comment{...}` skips a balanced group; a bare `@comment` is a comment to the end of line.
            if (Peek() is '{' or '(')
                SkipBalanced();
            return;
        }

        var open = Peek();
        if (open is not ('{' or '('))
            throw new BibTexException(_pos, $"expected `{{` or `(` after `@{type}`");
        var close = open == '{' ? '}' : ')';
        _pos++;
        SkipWhitespace();

        if (type == "preamble")
        {
            ReadValue();
            Expect(close);
            return;
        }

        if (type == "string")
        {
            var name = ReadIdentifier();
            SkipWhitespace();
            Expect('=');
            var value = ReadValue();
            _strings[name] = value;
            SkipWhitespace();
            Expect(close);
            return;
        }

        var keyStart = _pos;
        var key = ReadKey();
        if (key.Length == 0)
            throw new BibTexException(keyStart, $"the @{type} entry has no citation key");
        var fields = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        SkipWhitespace();
        while (Peek() == ',')
        {
            _pos++;
            SkipWhitespace();
            if (Peek() == close)
                break;
            var fieldStart = _pos;
            var field = ReadIdentifier().ToLowerInvariant();
            if (field.Length == 0)
                throw new BibTexException(fieldStart, $"expected a field name in entry `{key}`");
            SkipWhitespace();
            Expect('=');
            var value = ReadValue();
            if (!fields.TryAdd(field, value))
                Report(fieldStart, $"entry `{key}` has the field `{field}` twice; the first is used");
            SkipWhitespace();
        }

        Expect(close);
        if (_byKey.ContainsKey(key))
        {
            Report(keyStart, $"the key `{key}` is defined twice; the first entry is used");
            return;
        }

        var entry = new SourceSymbol(key, type, fields.ToImmutable()) { Location = new Location(_text, new TextSpan(keyStart, key.Length)) };
        entry.Label = entry.Title;
        _byKey[key] = entry;
        _entries.Add(entry);
    }

    private string ReadValue()
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipWhitespace();
            var c = Peek();
            if (c == '{')
                value.Append(ReadBraced());
            else if (c == '"')
                value.Append(ReadQuoted());
            else if (c is >= '0' and <= '9')
                value.Append(ReadWhile(static ch => ch is >= '0' and <= '9'));
            else
            {
                var start = _pos;
                var name = ReadIdentifier();
                if (name.Length == 0)
                    throw new BibTexException(start, "expected a value: `{...}`, `\"...\"`, a number or an @string name");
                if (_strings.TryGetValue(name, out var expansion))
                    value.Append(expansion);
                else if (MonthAbbreviations.TryGetValue(name.ToLowerInvariant(), out var month))
                    value.Append(month);
                else
                    Report(start, $"`{name}` is not defined by an @string");
            }

            SkipWhitespace();
            if (Peek() != '#')
                return Normalise(value.ToString());
            _pos++;
        }
    }

    private string ReadBraced()
    {
        var start = _pos;
        var depth = 0;
        var builder = new StringBuilder();
        for (; _pos < _s.Length; _pos++)
        {
            var c = _s[_pos];
            if (c == '{')
            {
                if (depth++ > 0)
                    builder.Append(c);
            }
            else if (c == '}')
            {
                if (--depth == 0)
                {
                    _pos++;
                    return StripBraces(builder.ToString());
                }

                builder.Append(c);
            }
            else
                builder.Append(c);
        }

        throw new BibTexException(start, "this `{` is never closed");
    }

    private string ReadQuoted()
    {
        var start = _pos++;
        var depth = 0;
        var builder = new StringBuilder();
        for (; _pos < _s.Length; _pos++)
        {
            var c = _s[_pos];
            if (c == '{')
                depth++;
            else if (c == '}')
                depth--;
            else if (c == '"' && depth == 0)
            {
                _pos++;
                return StripBraces(builder.ToString());
            }

            builder.Append(c);
        }

        throw new BibTexException(start, "this `\"` is never closed");
    }

    // Inner braces protect capitalisation in BibTeX; the text is what a reader sees.
    private static string StripBraces(string text) => text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    private static string Normalise(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string ReadKey() => ReadWhile(c => !char.IsWhiteSpace(c) && c is not (',' or '}' or ')' or '{' or '(' or '"' or '#' or '='));

    private string ReadIdentifier() => ReadWhile(c => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/');

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _pos;
        while (_pos < _s.Length && predicate(_s[_pos]))
            _pos++;
        return _s[start.._pos];
    }

    private void SkipBalanced()
    {
        var start = _pos;
        var open = _s[_pos];
        var close = open == '{' ? '}' : ')';
        var depth = 0;
        for (; _pos < _s.Length; _pos++)
        {
            if (_s[_pos] == open)
                depth++;
            else if (_s[_pos] == close && --depth == 0)
            {
                _pos++;
                return;
            }
        }

        throw new BibTexException(start, $"this `{open}` is never closed");
    }

    private void Expect(char c)
    {
        SkipWhitespace();
        if (Peek() != c)
            throw new BibTexException(Math.Min(_pos, _s.Length), $"expected `{c}`, found {Describe(Peek())}");
        _pos++;
    }

    private static string Describe(char c) => c == '\0' ? "the end of the file" : $"`{c}`";

    private char Peek() => _pos < _s.Length ? _s[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _s.Length && char.IsWhiteSpace(_s[_pos]))
            _pos++;
    }

    private void Report(int position, string message)
    {
        var start = Math.Min(position, _text.Length);
        var length = start < _text.Length ? 1 : 0;
        _diagnostics.ReportBibTexSyntax(new Location(_text, new TextSpan(start, length)), message);
    }

    private sealed class BibTexException(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
