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
        Assert.Equal(12, outputs.Count);
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
    public void Outputs_from_an_invalid_theory_say_so_and_name_no_command()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From("cmoc A: high x => increased y -> increased z\n", "bad.theory"))]);
        Assert.True(compilation.HasErrors);
        var artifacts = ArtifactEmitter.EmitAll(compilation);
        // CSV has no comment syntax; the invalid marker beside it says so instead.
        foreach (var artifact in artifacts.Where(a => a.Format is not (ArtifactFormat.Csv or ArtifactFormat.Json)))
            Assert.Contains("INVALID", artifact.GetText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"valid\": false", artifacts.Single(a => a.Format == ArtifactFormat.Json).GetText(), StringComparison.Ordinal);
        var marker = ArtifactEmitter.InvalidMarker(compilation, new EmitOptions { DisplayPath = _ => "theories/bad.theory" });
        Assert.NotNull(marker);
        Assert.Equal(ArtifactKind.InvalidMarker, marker.Kind);
        Assert.Equal("bad.INVALID.txt", marker.FileName);
        Assert.StartsWith("Built from a theory with errors", marker.GetText(), StringComparison.Ordinal);
        Assert.Matches(@"\ntheories/bad\.theory\(1,\d+\): TH2001: construct `x` is not declared", marker.GetText());

        // Emitted files are read by people and programs that never ran the command line.
        foreach (var artifact in artifacts.Append(marker))
            Assert.DoesNotContain("theory build", artifact.GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_theory_has_no_invalid_marker_and_every_artifact_a_kind()
    {
        var compilation = EmitTestCase.Load(Path.Combine(EmitTestCase.Root, "basics"));
        Assert.False(compilation.HasErrors);
        Assert.Null(ArtifactEmitter.InvalidMarker(compilation));
        Assert.Equal(
            [(ArtifactKind.Diagram, ArtifactFormat.Dot), (ArtifactKind.Diagram, ArtifactFormat.Dot), (ArtifactKind.Model, ArtifactFormat.CSharp),
             (ArtifactKind.Model, ArtifactFormat.Json), (ArtifactKind.Diagram, ArtifactFormat.Mermaid), (ArtifactKind.Table, ArtifactFormat.Csv)],
            ArtifactEmitter.EmitAll(compilation).Select(a => (a.Kind, a.Format)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streamed_artifacts_are_the_same_bytes_as_their_text(string name)
    {
        // `theory build` streams the diagrams and the C# and JSON models to their files; tool authors may ask for text.
        var directory = Path.Combine(EmitTestCase.Root, name);
        var compilation = EmitTestCase.Load(directory);
        var options = EmitTestCase.OptionsFor(directory);
        foreach (var artifact in ArtifactEmitter.EmitAll(compilation, options))
        {
            using var stream = new MemoryStream();
            artifact.WriteTo(stream);
            Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(artifact.GetText()), stream.ToArray());
        }

        var figure = new EmitOptions { DisplayPath = options.DisplayPath, Diagram = DiagramOptions.Figure(8, DiagramDirection.TopToBottom) };
        foreach (var view in new[] { DotView.Web, DotView.Chains, DotView.Summary })
        {
            foreach (var each in new[] { options, figure })
            {
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                DotEmitter.WriteTo(compilation, view, writer, each);
                Assert.Equal(DotEmitter.Emit(compilation, view, each), writer.ToString());
            }
        }

        Assert.Throws<ArgumentNullException>(() => DotEmitter.WriteTo(compilation, DotView.Web, null!));
        using var unused = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentException>(() => DotEmitter.WriteTo(compilation, (DotView)99, unused));
        Assert.Equal("", unused.ToString());
    }

    private static List<(string FileName, string Content)> Emit(string directory)
    {
        var compilation = EmitTestCase.Load(directory);
        var options = EmitTestCase.OptionsFor(directory);
        var artifacts = ArtifactEmitter.EmitAll(compilation, options).Select(a => (a.FileName, Content: a.GetText())).ToList();
        var focus = compilation.Constructs[0];
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".focus.dot", DotEmitter.EmitFocus(compilation, focus, 1, options)));
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".summary.dot", DotEmitter.Emit(compilation, DotView.Summary, options)));
        // A publication figure's DOT: 8 pt text, wrapped labels, edges labelled by sign, top to bottom.
        var figure = new EmitOptions { DisplayPath = options.DisplayPath, Diagram = DiagramOptions.Figure(8, DiagramDirection.TopToBottom) };
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".figure.web.dot", DotEmitter.Emit(compilation, DotView.Web, figure)));
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".figure.chains.dot", DotEmitter.Emit(compilation, DotView.Chains, figure)));
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".graphml", Theory.Emit.GraphMl.GraphMlEmitter.Emit(compilation)));
        artifacts.Add((ArtifactEmitter.NameOf(compilation) + ".appendix.md",
            Theory.Emit.Markdown.MarkdownAppendixEmitter.Emit(compilation, compilation.Bibliographies.Select(b => Path.GetFileName(b.FilePath)))));
        return artifacts;
    }
}
