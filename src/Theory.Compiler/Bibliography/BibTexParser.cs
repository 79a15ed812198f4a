using System.Collections.Immutable;
using System.Globalization;
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
/// <remarks>
/// A bibliography is untrusted input, so the work is linear in the file's size: closing braces,
/// parentheses and quotes are found through tables built once (an unclosed `{` in every entry used
/// to rescan the rest of the file for each entry), and `@string` expansion has a budget (a chain of
/// `@string`s that each double the last grew without bound). Both limits are in docs/security.md.
/// </remarks>
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

    private readonly long _expansionBudget;
    private long _expanded;
    private bool _budgetReported;
    private int[]? _braceMatch;
    private int[]? _parenMatch;
    private int[]? _quoteEnd;

    public BibTexParser(SourceText text)
    {
        _text = text;
        _s = text.ToString();
        _expansionBudget = Limits.BibTexExpansionAllowance + 16L * _s.Length;
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
            if (!fields.TryAdd(field, Plain(field, value)))
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
                    AppendExpansion(value, expansion, start);
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

    private void AppendExpansion(StringBuilder value, string expansion, int at)
    {
        if (_expanded + expansion.Length > _expansionBudget)
        {
            if (!_budgetReported)
                _diagnostics.ReportLimitReached(LocationAt(at), "`@string` expansion in this file", _expansionBudget.ToString("N0", CultureInfo.InvariantCulture) + " characters", "this and every later `@string` use are left empty");
            _budgetReported = true;
            return;
        }

        if (value.Length + expansion.Length > Limits.BibTexValueLength)
        {
            _diagnostics.ReportLimitReached(LocationAt(at), "this value", Limits.BibTexValueLength.ToString("N0", CultureInfo.InvariantCulture) + " characters", $"the expansion of `{_s.Substring(at, _pos - at)}` is cut short");
            expansion = expansion.Substring(0, Math.Max(0, Limits.BibTexValueLength - value.Length));
        }

        _expanded += expansion.Length;
        value.Append(expansion);
    }

    private string ReadBraced()
    {
        var start = _pos;
        var end = Match(start);
        if (end < 0)
            throw new BibTexException(start, "this `{` is never closed");
        _pos = end + 1;
        return _s.Substring(start + 1, end - start - 1);
    }

    // A quoted value ends at the first `"` outside braces; braces inside it must balance.
    private string ReadQuoted()
    {
        var start = _pos;
        var end = QuoteEnd(start + 1);
        if (end == -1)
            throw new BibTexException(start, "this `\"` is never closed");
        if (end < -1)
            throw new BibTexException(-end - 2, "this `}` closes no `{` inside the quoted value");
        _pos = end + 1;
        return _s.Substring(start + 1, end - start - 1);
    }

    // The index of the `}` (or `)`) that closes the one at `open`, or -1. One pass with a stack
    // finds every pair, and a pair found that way is the one a scan from `open` would find.
    private int Match(int open)
    {
        ref var table = ref _s[open] == '(' ? ref _parenMatch : ref _braceMatch;
        table ??= MatchTable(_s, _s[open], _s[open] == '(' ? ')' : '}');
        return table[open];
    }

    private static int[] MatchTable(string s, char open, char close)
    {
        var match = new int[s.Length];
        var stack = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == open)
            {
                match[i] = -1;
                stack.Push(i);
            }
            else if (s[i] == close && stack.Count > 0)
                match[stack.Pop()] = i;
        }

        return match;
    }

    // Where the quoted value whose text starts at `from` ends: the index of its closing `"`; -1
    // when it never closes; -(i + 2) when a stray `}` at i comes first. Every position walked is
    // memoised with the answer, so all the quoted values of a file cost one pass between them.
    private int QuoteEnd(int from)
    {
        _quoteEnd ??= new int[_s.Length + 1];
        var walked = new List<int>();
        var p = from;
        int result;
        while (true)
        {
            if (p >= _s.Length)
            {
                result = -1;
                break;
            }

            if (_quoteEnd[p] != 0)
            {
                result = _quoteEnd[p] > 0 ? _quoteEnd[p] - 1 : _quoteEnd[p];
                break;
            }

            walked.Add(p);
            var c = _s[p];
            if (c == '"')
            {
                result = p;
                break;
            }

            if (c == '}')
            {
                result = -(p + 2);
                break;
            }

            if (c == '{')
            {
                var close = Match(p);
                if (close < 0)
                {
                    result = -1;
                    break;
                }

                p = close + 1;
            }
            else
                p++;
        }

        var stored = result >= 0 ? result + 1 : result;
        foreach (var q in walked)
            _quoteEnd[q] = stored;
        return result;
    }

    // Fields that hold addresses, where `~`, `--` and `\_` are characters, not typesetting.
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal) { "url", "doi", "eprint", "file", "pdf", "isbn", "issn" };

    // Inner braces protect capitalisation in BibTeX, and `{\"o}` is how reference managers write ö:
    // the field holds what a reader sees.
    private static string Plain(string field, string value) =>
        Verbatim.Contains(field)
            ? value.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
            : BibTexText.ToPlain(value);

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
        var end = Match(start);
        if (end < 0)
            throw new BibTexException(start, $"this `{_s[start]}` is never closed");
        _pos = end + 1;
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

    private void Report(int position, string message) => _diagnostics.ReportBibTexSyntax(LocationAt(position), message);

    private Location LocationAt(int position)
    {
        var start = Math.Min(position, _text.Length);
        return new Location(_text, new TextSpan(start, start < _text.Length ? 1 : 0));
    }

    private sealed class BibTexException(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
