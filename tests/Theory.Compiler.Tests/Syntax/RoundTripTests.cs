using Theory.Syntax;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// The full-fidelity property: for any input, valid or not, the tree prints back the input
/// exactly, and every diagnostic and token lies inside the text. Checked on every file in the
/// repository and on thousands of seeded random mutations of them.
/// </summary>
public class RoundTripTests
{
    // Some 3,000 mutations over the repository's files; the property tests (PipelineProperties) mutate further.
    private const int MutationsPerFile = 75;

    private static readonly string[] Fragments =
    [
        "{", "}", "\"", "->", "=>", ",", ":", ".", "@", "/*", "*/", "//", "\n", "\r\n", "\r", "\t", " ", "\0", "\uFEFF",
        "cmoc", "context", "mechanism", "outcome", "mrt", "construct", "high", "increased", "é", "信任", "😀", "\\", "\\q", "$",
    ];

    public static TheoryData<string> Files() => [.. TestPaths.AllTheoryFiles().Select(p => Path.GetRelativePath(TestPaths.RepositoryRoot, p))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_repository_file_round_trips(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));
        AssertWellFormed(text);
    }

    [Fact]
    public void Seeded_mutations_of_every_file_round_trip()
    {
        var files = TestPaths.AllTheoryFiles().Select(File.ReadAllText).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(files);
        var random = new Random(20261122);
        var checkedCount = 0;
        foreach (var original in files)
        {
            for (var i = 0; i < MutationsPerFile; i++)
            {
                AssertWellFormed(Mutate(original, random));
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 2000, $"only {checkedCount} mutations were checked");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\"")]
    [InlineData("/*")]
    [InlineData("cmoc")]
    [InlineData("\0\0\0")]
    [InlineData("\uD800 lone surrogate")]
    [InlineData("}}}}{{{{")]
    [InlineData("cmoc A: -> -> => => , , ,")]
    public void Degenerate_inputs_round_trip(string text) => AssertWellFormed(text);

    internal static void AssertWellFormed(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        foreach (var diagnostic in tree.Diagnostics)
            Assert.True(diagnostic.Location.Span.End <= text.Length, $"diagnostic {diagnostic} lies outside the text");
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.IsMissing)
                continue;
            Assert.Equal(position, token.FullSpan.Start);
            position = token.FullSpan.End;
        }

        Assert.Equal(text.Length, position);
    }

    private static string Mutate(string text, Random random)
    {
        var position = random.Next(text.Length + 1);
        switch (random.Next(4))
        {
            case 0: // delete a run
                var length = Math.Min(random.Next(1, 40), text.Length - position);
                return text.Remove(position, length);
            case 1: // insert a fragment
                return text.Insert(position, Fragments[random.Next(Fragments.Length)]);
            case 2: // truncate
                return text[..position];
            default: // several small edits
                var result = text;
                for (var i = 0; i < 5; i++)
                {
                    var at = random.Next(result.Length + 1);
                    result = random.Next(2) == 0 && at < result.Length
                        ? result.Remove(at, 1)
                        : result.Insert(at, Fragments[random.Next(Fragments.Length)]);
                }

                return result;
        }
    }
}
