using Theory.Semantics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Compiler.Tests;

/// <summary>
/// The one table of words for the language's enums: each value that a theory can write has exactly
/// one word, the words are the ones the language reference documents, and the binder, importer and
/// emitters agree with it.
/// </summary>
public class VocabularyTests
{
    private static readonly string LanguageReference = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "language.md"));

    public static TheoryData<string> Vocabularies() => ["ConstructKinds", "Statuses", "Provenances", "Polarities", "Qualifiers", "PrimaryDataKinds", "GroupKinds"];

    private static (string What, IReadOnlyList<string> Keywords, IReadOnlyList<object> Values, Type Enum) Get(string name)
    {
        var vocabulary = typeof(Vocabulary).GetProperty(name)!.GetValue(null)!;
        var type = vocabulary.GetType();
        var entries = ((System.Collections.IEnumerable)type.GetProperty("Entries")!.GetValue(vocabulary)!).Cast<object>().ToList();
        var values = entries.Select(e => e.GetType().GetField("Item2")!.GetValue(e)!).ToList();
        return ((string)type.GetProperty("What")!.GetValue(vocabulary)!, (IReadOnlyList<string>)type.GetProperty("Keywords")!.GetValue(vocabulary)!, values, type.GetGenericArguments()[0]);
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Each_value_a_theory_can_write_has_one_documented_word(string name)
    {
        var (what, keywords, values, enumType) = Get(name);
        Assert.Equal(keywords.Count, keywords.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(values.Count, values.Distinct().Count());

        // Values no word names: the defaults and what the compiler works out itself.
        string[] unwritten = ["Unspecified", "None", "Indeterminate", "Citation"];
        var missing = Enum.GetValues(enumType).Cast<object>().Where(v => !unwritten.Contains(v.ToString()) && !values.Contains(v));
        Assert.Empty(missing);

        foreach (var keyword in keywords)
            Assert.True(LanguageReference.Contains(keyword, StringComparison.Ordinal), $"docs/language.md does not mention the {what} `{keyword}`");
    }

    [Fact]
    public void The_binder_reads_every_word_and_rejects_others_with_the_nearest()
    {
        foreach (var (keyword, kind) in Vocabulary.ConstructKinds.Entries)
        {
            var compilation = Compilation.Create([SyntaxTree.ParseText($"construct a {{ kind {keyword} }}\n", "v.theory")]);
            Assert.Equal(kind, compilation.Constructs.Single().ConstructKind);
        }

        var wrong = Compilation.Create([SyntaxTree.ParseText("construct a { kind cognitve }\n", "v.theory")]);
        var diagnostic = Assert.Single(wrong.GetDiagnostics(), d => d.Id == "TH2005");
        Assert.Equal("kind `cognitve` is not valid: expected `cognitive`? (`cognitive`, `behaviour`, `resource`, `structure`, `state`, `intervention`, `strategy`)", diagnostic.Message);
    }

    /// <summary>
    /// Theory.Model repeats the compiler's enums on purpose (generated models must not depend on the
    /// compiler); this fails the moment the two drift apart, in names, order or values.
    /// </summary>
    [Theory]
    [InlineData(typeof(ConstructKind), typeof(Theory.Model.ConstructKind))]
    [InlineData(typeof(Sign), typeof(Theory.Model.Sign))]
    [InlineData(typeof(Qualifier), typeof(Theory.Model.Qualifier))]
    [InlineData(typeof(Polarity), typeof(Theory.Model.Polarity))]
    [InlineData(typeof(ClaimStatus), typeof(Theory.Model.ClaimStatus))]
    [InlineData(typeof(EvidenceKind), typeof(Theory.Model.EvidenceKind))]
    public void The_model_enums_match_the_compilers(Type compiler, Type model)
    {
        Assert.Equal(Enum.GetNames(compiler), Enum.GetNames(model));
        Assert.Equal(Enum.GetValues(compiler).Cast<object>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)), Enum.GetValues(model).Cast<object>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
