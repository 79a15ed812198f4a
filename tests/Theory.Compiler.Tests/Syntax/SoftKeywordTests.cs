using Theory.Syntax;

namespace Theory.Compiler.Tests.Syntax;

/// <summary>
/// The reports' own words (confidence, resource, feedback, theme, survey, document, ...) are
/// keywords of clauses, but where a name is expected they are names; the words that must stay
/// reserved say so when written as names.
/// </summary>
public class SoftKeywordTests
{
    [Theory]
    [InlineData("confidence")]
    [InlineData("resource")]
    [InlineData("feedback")]
    [InlineData("theme")]
    [InlineData("survey")]
    [InlineData("document")]
    [InlineData("evidence")]
    [InlineData("stage")]
    [InlineData("context")]
    [InlineData("any")]
    [InlineData("all")]
    public void A_keyword_of_a_clause_names_a_construct_wherever_a_name_is_expected(string word)
    {
        var text = $$"""
            construct {{word}} "The {{word}}" { kind cognitive }
            construct trust
            construct behaviour
            theme t {
              cmoc A1 {
                context    high {{word}}, high trust
                mechanism  increased behaviour
                outcome    increased {{word}}
                confidence 0.8
                evidence   survey "Staff survey", document "Minutes"
              }
              cmoc A2: high trust => increased {{word}} -> increased behaviour
                evidence @smith2020, @jones2021
            }
            feedback loop_{{word}}: {{word}} -> behaviour -> {{word}}
            """;
        var compilation = Theory.Semantics.Compilation.Create([SyntaxTree.ParseText(text, "t.theory")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id.StartsWith("TH1", StringComparison.Ordinal) || d.Id is "TH2001");
        var construct = Assert.IsType<Theory.Symbols.ConstructSymbol>(compilation.GetConstruct(word));
        Assert.Equal(word, construct.Name);
        Assert.Contains(compilation.Web.Edges, e => e.From == construct && e.To.Name == "behaviour");
        var cmoc = compilation.Cmocs.Single(c => c.Name == "A1");
        Assert.Equal("0.8", cmoc.Confidence);
        Assert.Equal(2, cmoc.Evidence.Length);
    }

    [Theory]
    [InlineData("construct high", "`high`, which is a reserved word (a level of a context)")]
    [InlineData("construct increased", "`increased`, which is a reserved word (a direction of a mechanism or outcome)")]
    [InlineData("construct because", "`because`, which is a reserved word (a word that joins the parts of a claim)")]
    [InlineData("construct final", "`final`, which is a reserved word (a tier of an outcome)")]
    [InlineData("construct threshold", "`threshold`, which is a reserved word (a level of a context)")]
    [InlineData("construct maintained", "`maintained`, which is a reserved word (a direction of a mechanism or outcome)")]
    [InlineData("construct necessary", "`necessary`, which is a reserved word (the part a factor plays)")]
    public void A_reserved_word_written_as_a_name_is_called_reserved_with_a_fix(string text, string expected)
    {
        var diagnostic = Assert.Single(SyntaxTree.ParseText(text).Diagnostics);
        Assert.Equal("TH1001", diagnostic.Id);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("such as `", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_name_is_a_zero_width_identifier_where_the_next_token_fits()
    {
        var tree = SyntaxTree.ParseText("chain c: A ->\nconstruct x\n");
        var missing = Assert.Single(tree.Root.DescendantTokens(), t => t.IsMissing);
        Assert.Equal(SyntaxKind.IdentifierToken, missing.Kind);
        Assert.Equal("TH1002", Assert.Single(tree.Diagnostics).Id);
    }
}
