using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// "Did you mean" is looked up once per distinct wrong name and set of candidates: every reference
/// still gets its suggestion, and a name wrong in two tables gets each table's own.
/// </summary>
public class DidYouMeanTests
{
    [Fact]
    public void Every_reference_to_a_wrong_name_gets_the_suggestion_of_its_own_table()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("""
            construct trust
            construct faith
            cmoc trusst: high faith -> increased trusst
            cmoc B: high trusst -> increased faith
            chain c: trusst -> trust
            """, "t.theory")]);

        var messages = compilation.GetDiagnostics().Where(d => d.Id is "TH2001" or "TH2002").Select(d => d.Message).ToList();
        Assert.Equal(2, messages.Count(m => m == "construct `trusst` is not declared; did you mean `trust`?"));
        Assert.Single(messages, "CMOC `trust` is not declared; did you mean `trusst`?");
    }

    // The index only filters: on thousands of random near-miss names it gives exactly what
    // comparing with every candidate gives, ties and all.
    [Theory]
    [InlineData(1, "ab")]
    [InlineData(2, "abc_")]
    [InlineData(3, "abcdefghij")]
    public void The_spelling_index_suggests_exactly_what_a_scan_of_every_candidate_suggests(int seed, string alphabet)
    {
        var random = new Random(seed);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var candidates = Enumerable.Range(0, 1_000).Select(_ => Word(1, 12)).ToList();
        var index = new Theory.Diagnostics.SpellingIndex(candidates);

        for (var i = 0; i < 1_000; i++)
        {
            var written = random.Next(3) == 0 ? Word(0, 14) : Mutate(candidates[random.Next(candidates.Count)]);
            Assert.Equal(Theory.Diagnostics.SpellingSuggestion.Suggest(written, candidates), index.Suggest(written));
        }

        string Mutate(string word)
        {
            var chars = word.ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 1 when at < chars.Count:
                        chars.RemoveAt(at);
                        break;
                    default:
                        if (at < chars.Count)
                            chars[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }

            return new string([.. chars]);
        }
    }
}
