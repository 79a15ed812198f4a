using System.Globalization;
using Theory.Emit;
using Theory.Emit.Dot;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// Golden files for every emitter: each folder under Emit/ is a theory, and expected/ beside it holds
/// what `theory build` writes for it (plus the focus view of its first construct).
/// Re-bless with THEORY_BLESS=1 dotnet test after reviewing the change.
/// </summary>
public class EmitterBaselineTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in EmitTestCase.Names())
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_artifact_matches_its_baseline(string name)
    {
        var directory = Path.Combine(EmitTestCase.Root, name);
        var outputs = Emit(directory).Select(a => (Path.Combine(directory, "expected", a.FileName), a.Content)).ToList();
        Assert.Equal(7, outputs.Count);
        Baseline.AssertAllMatch(outputs);
    }

    [Fact]
    public void Emitting_is_byte_identical_across_runs_cultures_and_line_endings()
    {
        var directory = Path.Combine(EmitTestCase.Root, "basics");
        var reference = Emit(directory);

        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Assert.Equal(reference, Emit(directory));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        // The same theory saved with CRLF line ends gives the same artefacts.
        var crlfDirectory = Path.Combine(Path.GetTempPath(), "theory-emit-crlf-" + Guid.NewGuid().ToString("N"), "basics");
        Directory.CreateDirectory(crlfDirectory);
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory))
                File.WriteAllText(Path.Combine(crlfDirectory, Path.GetFileName(file)), File.ReadAllText(file).ReplaceLineEndings("\r\n"));
            Assert.Equal(reference, Emit(crlfDirectory));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(crlfDirectory)!, recursive: true);
        }
    }

    [Fact]
    public void Focus_view_reaches_exactly_the_requested_depth()
    {
        var compilation = EmitTestCase.Load(Path.Combine(EmitTestCase.Root, "basics"));
        var funding = compilation.GetConstruct("funding")!;

        var depth0 = DotEmitter.EmitFocus(compilation, funding, 0);
        var depth1 = DotEmitter.EmitFocus(compilation, funding, 1);
        Assert.Contains("\"funding\" [", depth0, StringComparison.Ordinal);
        Assert.DoesNotContain("\"capacity\" [", depth0, StringComparison.Ordinal);
        Assert.Contains("\"capacity\" [", depth1, StringComparison.Ordinal);
        Assert.Contains("\"funding\" -> \"capacity\"", depth1, StringComparison.Ordinal);
        Assert.DoesNotContain("\"conflict\" [", depth1, StringComparison.Ordinal);
        Assert.Contains("penwidth=3", depth1, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => DotEmitter.EmitFocus(compilation, funding, -1));
    }

    [Fact]
    public void Outputs_from_an_invalid_theory_say_so()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From("cmoc A: high x => increased y -> increased z\n", "bad.theory"))]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        var options = new EmitOptions { FromInvalidTheory = true };
        // CSV has no comment syntax; `theory build` writes a NAME.INVALID.txt marker beside it instead.
        foreach (var artifact in ArtifactEmitter.EmitAll(compilation, options).Where(a => !a.FileName.EndsWith(".csv", StringComparison.Ordinal) && !a.FileName.EndsWith(".json", StringComparison.Ordinal)))
            Assert.Contains("INVALID", artifact.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"valid\": false", ArtifactEmitter.EmitAll(compilation, options).Single(a => a.FileName.EndsWith(".json", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("basics")]
    [InlineData("hostile")]
    public void Streamed_artifacts_are_the_same_bytes_as_their_text(string name)
    {
        // `theory build` streams the C# and JSON models to their files; tool authors get text.
        var directory = Path.Combine(EmitTestCase.Root, name);
        var compilation = EmitTestCase.Load(directory);
        var options = EmitTestCase.OptionsFor(directory);
        var texts = ArtifactEmitter.EmitAll(compilation, options);
        var sources = ArtifactEmitter.Sources(compilation, options);
        Assert.Equal(texts.Select(t => t.FileName), sources.Select(s => s.FileName));
        foreach (var (text, source) in texts.Zip(sources))
        {
            using var stream = new MemoryStream();
            source.WriteTo(stream);
            Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(text.Content), stream.ToArray());
        }
    }

    private static List<EmittedArtifact> Emit(string directory)
    {
        var compilation = EmitTestCase.Load(directory);
        var options = EmitTestCase.OptionsFor(directory);
        var artifacts = ArtifactEmitter.EmitAll(compilation, options).ToList();
        var focus = compilation.Constructs[0];
        artifacts.Add(new EmittedArtifact(ArtifactEmitter.NameOf(compilation) + ".focus.dot", DotEmitter.EmitFocus(compilation, focus, 1, options)));
        return artifacts;
    }
}
