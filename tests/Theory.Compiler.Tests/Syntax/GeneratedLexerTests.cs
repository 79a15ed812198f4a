using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Theory.Syntax;
using Theory.Syntax.Parsing.Generated;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// tools/generate-parser.sh writes each set of the serialized ATN from its highest interval to its
/// lowest, so the runtime reads the lexer's Unicode sets in linear time (it was over 100 ms of every
/// process's start-up). The order must change nothing the lexer knows: its name sets are still
/// exactly Unicode's XID_Start and XID_Continue, as <see cref="IdentifierCharacters"/> has them.
/// </summary>
public class GeneratedLexerTests
{
    [Fact]
    public void The_lexers_name_sets_are_unicodes_identifier_characters()
    {
        var sets = TheoryLexer._ATN.states.Where(s => s is not null)
            .SelectMany(s => Enumerable.Range(0, s.NumberOfTransitions).Select(s.Transition))
            .Select(t => t.Label).Where(label => label is not null && label.GetIntervals().Count > 100)
            .Select(label => Ranges(label!)).ToList();

        var start = Ranges(IdentifierCharacters.IsStart);
        var part = Ranges(IdentifierCharacters.IsPart);
        Assert.Contains(sets, set => set.SequenceEqual(start));
        Assert.Contains(sets, set => set.SequenceEqual(part));
    }

    [Theory]
    [InlineData("TheoryLexer.cs")]
    [InlineData("TheoryParser.cs")]
    public void Serialized_sets_list_their_intervals_from_highest_to_lowest(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src/Theory.Compiler/Syntax/Parsing/Generated", file));
        var body = text[(text.IndexOf("_serializedATN = {", StringComparison.Ordinal) + 18)..];
        body = body[..body.IndexOf('}', StringComparison.Ordinal)];
        var data = body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

        var sets = SetIntervals(data, lexer: file.Contains("Lexer", StringComparison.Ordinal));

        Assert.NotEmpty(sets);
        foreach (var starts in sets)
            Assert.Equal(starts.OrderByDescending(s => s), starts);
    }

    private static List<(int, int)> Ranges(IntervalSet set) => set.GetIntervals().Select(i => (i.a, i.b)).ToList();

    private static List<(int, int)> Ranges(Func<int, bool> contains)
    {
        var ranges = new List<(int, int)>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (!contains(c))
                continue;
            var first = c;
            while (c + 1 <= 0x10FFFF && contains(c + 1))
                c++;
            ranges.Add((first, c));
        }

        return ranges;
    }

    // The start of every interval of every set, read the way ATNDeserializer reads version 4.
    private static List<List<int>> SetIntervals(int[] data, bool lexer)
    {
        var pos = 3;
        var states = data[pos++];
        for (var i = 0; i < states; i++)
        {
            var type = data[pos++];
            if (type == 0)
                continue;
            pos++;
            if (type is 12 or 3 or 4 or 5)
                pos++;
        }

        pos += 1 + data[pos];
        pos += 1 + data[pos];
        var rules = data[pos++];
        pos += rules * (lexer ? 2 : 1);
        pos += 1 + data[pos];
        var result = new List<List<int>>();
        var sets = data[pos++];
        for (var i = 0; i < sets; i++)
        {
            var intervals = data[pos++];
            pos++;
            result.Add(Enumerable.Range(0, intervals).Select(j => data[pos + (2 * j)]).ToList());
            pos += 2 * intervals;
        }

        return result;
    }
}
