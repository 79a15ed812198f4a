using System.Text;
using Theory.Bibliography;
using Theory.Binding;
using Theory.Compiler.Tests.Syntax;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// A large theory's declarations are bound by one binder per core, each over a run of them, and
/// their findings joined in order. Whatever the number of runs, the binding must be the one a
/// single binder gives: the same diagnostics, the same symbol for every reference, the same used
/// constructs and cited keys, the same web, and the same first citation (where a missing
/// bibliography is reported), default evidence included, which is bound once whoever asks first.
/// </summary>
public class ParallelBindingTests
{
    public static TheoryData<string> Files() => RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_repository_file_binds_alike_in_any_number_of_runs(string relativePath)
    {
        var tree = SyntaxTree.Parse(TestPaths.RepositoryText(relativePath));
        var single = Fingerprint(Binder.Bind([tree], [], runs: 1));
        foreach (var runs in new[] { 2, 5 })
            Assert.Equal(single, Fingerprint(Binder.Bind([tree], [], runs)));
    }

    [Fact]
    public void Every_example_project_binds_alike_with_its_bibliography()
    {
        foreach (var (trees, bibliographies) in TestPaths.ExampleProjects())
        {
            var single = Fingerprint(Binder.Bind(trees, bibliographies, runs: 1));
            Assert.Equal(single, Fingerprint(Binder.Bind(trees, bibliographies, runs: 3)));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_large_theory_with_default_evidence_and_mistakes_binds_alike(bool withBibliography)
    {
        var trees = Generated().Select((text, i) => SyntaxTree.ParseText(text, $"f{i}.theory")).ToList();
        var bibliography = BibliographyFile.Parse(SourceText.From(
            string.Concat(Enumerable.Range(0, 40).Select(i => $"@article{{k{i}, title = {{T{i}}}, year = {{2020}}}}\n")), "refs.bib"));
        BibliographyFile[] bibliographies = withBibliography ? [bibliography] : [];

        var single = Binder.Bind(trees, bibliographies, runs: 1);
        var expected = Fingerprint(single);
        foreach (var runs in new[] { 2, 3, 7, 16 })
            Assert.Equal(expected, Fingerprint(Binder.Bind(trees, bibliographies, runs)));

        // The input really exercises what the runs must agree on.
        Assert.Contains(single.Diagnostics, d => d.Id == "TH2001");
        Assert.Contains(single.Diagnostics, d => d.Id == (withBibliography ? "TH2501" : "TH2505"));
        Assert.True(single.CitedKeys.Count > 10);
    }

    [Fact]
    public void By_default_a_theory_large_enough_for_runs_binds_as_one_binder_would()
    {
        // 4,500 declarations: enough for two runs on a machine with two cores or more.
        var text = new StringBuilder("default evidence @k1\n");
        for (var c = 0; c < 300; c++)
            text.Append($"construct c{c}\n");
        for (var m = 0; m < 4_200; m++)
            text.Append($"cmoc C{m} {{ context high c{m % 300} mechanism increased c{(m + 1) % 300} outcome increased c{(m + 7) % 300} evidence @k{m % 50} }}\n");
        var trees = new List<SyntaxTree> { SyntaxTree.ParseText(text.ToString(), "large.theory") };

        Assert.Equal(Fingerprint(Binder.Bind(trees, [], runs: 1)), Fingerprint(Binder.Bind(trees, [])));
    }

    // Three files, each with a CMOC of its own and then CMOCs in groups; some groups and one file
    // declare default evidence (with an unknown key among them), some CMOCs cite their own
    // sources, some name a place in the default source, and some name constructs that do not exist.
    private static List<string> Generated()
    {
        var files = new List<string>();
        for (var f = 0; f < 3; f++)
        {
            var text = new StringBuilder();
            if (f == 1)
                text.Append("default evidence @k1, @missing_file_key\n");
            for (var c = 0; c < 30; c++)
                text.Append($"construct f{f}_c{c}\n");
            text.Append($"cmoc Top{f} {{\n  context high f{f}_c0\n  mechanism increased f{f}_c1\n  outcome increased f{f}_c2\n  evidence @k{f + 20}\n}}\n");
            for (var g = 0; g < 6; g++)
            {
                text.Append($"mrt G{f}_{g} {{\n");
                if (g % 2 == 0)
                    text.Append($"  default evidence @k{(f * 6) + g}, @unknown{g}\n");
                for (var m = 0; m < 40; m++)
                {
                    var n = (f * 1000) + (g * 40) + m;
                    var context = m % 13 == 0 ? $"f{f}_misspelt{m}" : $"f{f}_c{m % 30}";
                    text.Append($"  cmoc C{n} {{\n    context high {context}\n    mechanism increased f{f}_c{(m + 1) % 30}\n    outcome increased f{f}_c{(m + 2) % 30}\n");
                    if (m % 3 == 0)
                        text.Append($"    evidence @k{n % 40}, @nope{n % 5}\n");
                    else if (m % 5 == 0)
                        text.Append("    evidence at \"p. 3\"\n");
                    if (m % 7 == 0)
                        text.Append($"    when low f{f}_c{(m + 5) % 30}\n");
                    text.Append("  }\n");
                }

                text.Append("}\n");
            }

            files.Add(text.ToString());
        }

        return files;
    }

    /// <summary>Everything binding decides, as text: symbols are new in each binding, so they are named.</summary>
    private static string Fingerprint(BindingResult binding)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in binding.Diagnostics)
            text.AppendLine(diagnostic.ToString());
        foreach (var line in binding.ReferencedSymbols.Select(p => $"ref {Where(p.Key)} -> {p.Value.Kind} {p.Value.Name}").Order(StringComparer.Ordinal))
            text.AppendLine(line);
        text.AppendLine("used " + string.Join(",", binding.UsedConstructs.Select(c => c.Name).Order(StringComparer.Ordinal)));
        text.AppendLine("cited " + string.Join(",", binding.CitedKeys.Order(StringComparer.Ordinal)));
        foreach (var cmoc in binding.Cmocs)
        {
            text.AppendLine($"cmoc {cmoc.Name}: {string.Join(",", cmoc.Terms)} | {string.Join(",", cmoc.Conditions)} | "
                + string.Join(",", cmoc.Evidence.Select(e => $"{e.Key}@{e.Locator}:{e.Source?.Name}")));
        }

        foreach (var edge in binding.Web.Edges)
        {
            text.Append($"edge {edge.From.Name}->{edge.To.Name} {edge.Sign}:");
            foreach (var claim in edge.Claims)
                text.Append($" {claim.Claim.Name}/{claim.Role}/{claim.Sign}/{claim.Circumstances}");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Where(SyntaxNode node) => $"{node.SyntaxTree?.FilePath}:{node.Span.Start}";
}
