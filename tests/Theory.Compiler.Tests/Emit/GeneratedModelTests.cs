using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Theory.Emit;
using Theory.Emit.CSharp;
using Theory.Model;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// The generated C# is compiled with Roslyn together with Theory.Model, with documentation comments
/// checked and every warning an error; the loaded model must equal the compiler's model by value.
/// </summary>
public class GeneratedModelTests
{
    public static TheoryData<string> Theories()
    {
        var data = new TheoryData<string>();
        foreach (var name in EmitTestCase.Names())
            data.Add(Path.Combine(EmitTestCase.Root, name));
        foreach (var example in Directory.GetDirectories(Path.Combine(TestPaths.RepositoryRoot, "examples")).Order(StringComparer.Ordinal))
        {
            if (Directory.EnumerateFiles(example, "*.theory").Any())
                data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Theories))]
    public void Generated_model_compiles_cleanly_and_round_trips(string directory)
    {
        var compilation = EmitTestCase.Load(directory);
        var name = ArtifactEmitter.NameOf(compilation);
        var source = CSharpModelEmitter.Emit(compilation);

        var type = CompileAndLoad(source).GetType("Theories." + CSharpNames.Identifier(name) + "Theory", throwOnError: true)!;
        var model = (TheoryModel)type.GetField("Model")!.GetValue(null)!;

        Assert.Equal(ExpectedModel.From(compilation, name), model);
        Assert.False((bool)type.GetField("IsBuiltFromInvalidTheory")!.GetValue(null)!);
        Assert.Equal(compilation.Constructs.Length, type.GetNestedType("Constructs")!.GetFields().Length);
        Assert.Equal(compilation.Cmocs.Length, type.GetNestedType("Cmocs")!.GetFields().Length);
    }

    [Fact]
    public void Hostile_names_become_unique_safe_identifiers()
    {
        var compilation = EmitTestCase.Load(Path.Combine(EmitTestCase.Root, "hostile"));
        var type = CompileAndLoad(CSharpModelEmitter.Emit(compilation, new EmitOptions { Namespace = "class.namespace" }))
            .GetType("Class.Namespace.HostileTheory", throwOnError: true)!;
        var constructs = type.GetNestedType("Constructs")!.GetFields().Select(f => f.Name).ToList();
        Assert.Equal(["Class", "Namespace", "Int", "TrustLevel", "TrustLevel_2", "Constructs_2", "Quoted"], constructs);
        var cmocs = type.GetNestedType("Cmocs")!.GetFields().Select(f => f.Name).ToList();
        Assert.Equal(["Void", "Static", "C3"], cmocs);
        var model = (TheoryModel)type.GetField("Model")!.GetValue(null)!;
        Assert.Equal(ExpectedModel.From(compilation, "Hostile"), model);
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("trust_level", "TrustLevel")]
    [InlineData("9lives", "_9lives")]
    [InlineData("a-b c.d", "ABCD")]
    [InlineData("\u202Eevil", "_Evil")]
    [InlineData("", "_")]
    public void Identifiers_are_sanitised(string name, string expected) =>
        Assert.Equal(expected, CSharpNames.Identifier(name));

    [Fact]
    public void No_theory_name_becomes_a_keyword_and_clashes_get_suffixes()
    {
        foreach (var kind in SyntaxFacts.GetKeywordKinds())
        {
            var identifier = CSharpNames.Identifier(SyntaxFacts.GetText(kind));
            Assert.True(identifier.StartsWith('@') || SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None, identifier);
            Assert.True(SyntaxFacts.IsValidIdentifier(identifier.TrimStart('@')), identifier);
        }

        Assert.Equal("Theories", CSharpNames.Namespace("..."));
        var names = new CSharpNames("Constructs");
        Assert.Equal("Constructs_2", names.Claim("constructs"));
        Assert.Equal("X", names.Claim("x"));
        Assert.Equal("X_2", names.Claim("X"));
    }

    [Fact]
    public void Names_of_objects_members_and_bidirectional_text_cannot_break_or_disguise_the_model()
    {
        // Constructs named like object's members would hide them (CS0108, an error with warnings as
        // errors); bidirectional overrides in strings would reorder the source as a reviewer reads it.
        string[] names = ["equals", "get_hash_code", "to_string", "get_type", "reference_equals", "memberwise_clone", "finalize"];
        var text = "theory Members {}\n"
            + string.Concat(names.Select(n => $"construct {n} \"{n} \\u202Eevil\\u2066 \\u200B\"\n"))
            + $"cmoc equals {{ context high {names[0]} mechanism increased {names[1]} outcome increased {names[2]} evidence interview \"\\u202E\" }}\n"
            + $"link {names[3]} -> {names[4]}\nlink {names[5]} -> {names[6]}\n";
        var compilation = global::Theory.Semantics.Compilation.Create([global::Theory.Syntax.SyntaxTree.ParseText(text, "members.theory")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == global::Theory.Diagnostics.DiagnosticSeverity.Error);
        var source = CSharpModelEmitter.Emit(compilation);

        Assert.DoesNotContain(source, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C');
        Assert.Contains("\\u202E", source, StringComparison.Ordinal); // in string literals, as an escape
        Assert.Contains("\\u200B", source, StringComparison.Ordinal);
        var type = CompileAndLoad(source).GetType("Theories.MembersTheory", throwOnError: true)!; // strict: warnings fail
        var model = (TheoryModel)type.GetField("Model")!.GetValue(null)!;
        Assert.Contains(model.Constructs, c => c.Label == "equals \u202Eevil\u2066 \u200B");
    }

    [Fact]
    public void A_model_built_from_an_invalid_theory_is_marked()
    {
        var compilation = global::Theory.Semantics.Compilation.Create([global::Theory.Syntax.SyntaxTree.Parse(global::Theory.Text.SourceText.From("theory Broken {}\ncmoc A: high x => increased y -> increased z\n", "broken.theory"))]);
        var type = CompileAndLoad(CSharpModelEmitter.Emit(compilation)).GetType("Theories.BrokenTheory", throwOnError: true)!;
        Assert.True((bool)type.GetField("IsBuiltFromInvalidTheory")!.GetValue(null)!);
        Assert.False(((TheoryModel)type.GetField("Model")!.GetValue(null)!).IsValid);
    }

    /// <summary>Generated code must compile with documentation checked and no warning at all.</summary>
    private static Assembly CompileAndLoad(string source) => RoslynCompiler.CompileAndLoad(source, typeof(TheoryModel).Assembly, strict: true);
}
