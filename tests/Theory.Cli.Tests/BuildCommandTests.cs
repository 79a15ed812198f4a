using System.Text.Json;

namespace Theory.Cli.Tests;

/// <summary>`theory build` end to end: every artefact, real Graphviz SVG, determinism, refusal on errors, --force.</summary>
public class BuildCommandTests
{
    private static readonly string[] ArtifactSuffixes = [".web.dot", ".web.svg", ".chains.dot", ".chains.svg", ".cs", ".json", ".mmd", ".cmocs.csv", ".cmocs.xlsx"];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Path.Combine(TheoryProcess.RepositoryRoot, "examples")).Order(StringComparer.Ordinal))
        {
            if (Directory.EnumerateFiles(directory, "*.theory").Any())
                data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_builds_every_artifact_byte_identically_twice(string example)
    {
        RequireGraphviz();
        using var temp = new TempDirectory();
        var source = Path.Combine(TheoryProcess.RepositoryRoot, "examples", example);
        var first = Path.Combine(temp.Path, "first");
        var second = Path.Combine(temp.Path, "second");

        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "build", source, "-o", first);
        Assert.True(exit == 0, stdout + stderr);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", source, "-o", second);
        Assert.True(exit == 0, stderr);
        // A rebuild over existing outputs replaces them in place.
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", source, "-o", first);
        Assert.True(exit == 0, stderr);

        var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ArtifactSuffixes.Length + 1, files.Count);        // and the manifest of what builds wrote
        Assert.Contains(Output.OutputTransaction.ManifestName, files);
        Assert.All(ArtifactSuffixes, suffix => Assert.Contains(files, f => f!.EndsWith(suffix, StringComparison.Ordinal)));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file!))), file + " differs between runs");

        foreach (var file in Directory.GetFiles(first, "*.svg"))
            System.Xml.Linq.XDocument.Parse(File.ReadAllText(file)); // every SVG is well-formed XML
        var svg = File.ReadAllText(Directory.GetFiles(first, "*.web.svg").Single());
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"edge\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_renders_through_graphviz_without_changing_the_graph()
    {
        RequireGraphviz();
        using var temp = new TempDirectory();
        var source = Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "hostile");
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "build", source, "-o", temp.Path);
        Assert.True(exit == 0, stdout + stderr);

        // 7 constructs and the 6 edges the three CMOCs assert, plus the key's samples (a node per
        // look used, two points and an edge per edge style, its text): nothing injected.
        var svg = File.ReadAllText(Path.Combine(temp.Path, "Hostile.web.svg"));
        Assert.Equal(7, CountOccurrences(svg, "id=\"construct:"));
        Assert.Equal(6, CountOccurrences(svg, "<g id=\"edge:"));
        Assert.Equal(14, CountOccurrences(svg, "class=\"node\""));
        Assert.Equal(7, CountOccurrences(svg, "class=\"edge\""));
        var chains = File.ReadAllText(Path.Combine(temp.Path, "Hostile.chains.svg"));
        // The 3 CMOC records and the 2 constructs one CMOC produces and the next starts from.
        Assert.Equal(5, CountOccurrences(chains, "class=\"node\""));
        Assert.Equal(2, CountOccurrences(chains, "id=\"construct:"));
    }

    [Fact]
    public void Character_references_in_theory_text_are_shown_as_written_and_every_svg_is_well_formed_xml()
    {
        // Graphviz decodes &...; in labels: unescaped, `&#x1;` made the SVG ill-formed XML (while
        // build exited 0), `&#x202E;` smuggled a right-to-left override, and `AT&amp;T` showed as AT&T.
        RequireGraphviz();
        using var temp = new TempDirectory();
        temp.Write("t.theory", """
            theory T {}
            construct a "AT&amp;T &#x1; &#x202E;gnp.exe &lt;b&gt; &"
            construct b "B"
            construct c "C &amp; D"
            cmoc R1 { context high a mechanism increased b outcome increased c evidence interview "x &#x1;", survey "y" }
            """);
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "build", "t.theory", "-o", "out");
        Assert.True(exit == 0, stdout + stderr);

        foreach (var svg in Directory.GetFiles(Path.Combine(temp.Path, "out"), "*.svg"))
        {
            var document = System.Xml.Linq.XDocument.Parse(File.ReadAllText(svg)); // throws if not well-formed
            var shown = string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
            Assert.DoesNotContain('\u202E', shown);
            Assert.DoesNotContain('\u0001', shown);
            if (Path.GetFileName(svg) == "T.web.svg")
                Assert.Contains("AT&amp;T &#x1; &#x202E;gnp.exe &lt;b&gt; &", shown, StringComparison.Ordinal);
        }
    }

    // Graphviz refuses a quoted string over 16,384 bytes: one pasted definition made `build` fail
    // with exit 2 although `check` was clean. Names stay whole (as joined DOT strings); shown text
    // is cut, and stays whole in the JSON.
    [Fact]
    public void Long_names_labels_and_descriptions_render_and_stay_whole_in_the_json()
    {
        RequireGraphviz();
        using var temp = new TempDirectory();
        var name = "a" + new string('é', 12_000);                               // 24 KB of UTF-8
        var label = new string('L', 20_000) + "\U0001F600";
        var description = string.Concat(Enumerable.Repeat("A pasted definition with \\\"quotes\\\", \\\\ and & and \U0001F600. ", 700));
        var cmoc = new string('R', 17_000);
        temp.Write("t.theory", $$"""
            theory T {}
            construct {{name}} "{{label}}" { description "{{description}}" }
            construct b
            construct c
            construct d
            construct b2
            cmoc R1 { context high {{name}} mechanism increased b outcome increased c evidence interview "x", survey "y" }
            cmoc {{cmoc}} "{{new string('T', 17_000)}}" { context high c mechanism increased d outcome increased b2 evidence interview "x", survey "y" }
            """);
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "build", "t.theory", "-o", "out");
        Assert.True(exit == 0, stdout + stderr);

        foreach (var svg in Directory.GetFiles(Path.Combine(temp.Path, "out"), "*.svg"))
            System.Xml.Linq.XDocument.Parse(File.ReadAllText(svg)); // throws if not well-formed
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "T.json")));
        var construct = json.RootElement.GetProperty("constructs")[0];
        Assert.Equal(name, construct.GetProperty("name").GetString());
        Assert.Equal(label, construct.GetProperty("label").GetString());
        Assert.Contains("…", File.ReadAllText(Path.Combine(temp.Path, "out", "T.web.dot")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_svg_in_the_gallery_is_well_formed_xml()
    {
        var files = Directory.GetFiles(Path.Combine(TheoryProcess.RepositoryRoot, "docs", "gallery"), "*.svg");
        Assert.NotEmpty(files);
        foreach (var file in files)
            System.Xml.Linq.XDocument.Parse(File.ReadAllText(file)); // throws if not well-formed
    }

    [Fact]
    public void Json_output_matches_the_published_schema()
    {
        using var temp = new TempDirectory();
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TheoryProcess.RepositoryRoot, "docs", "schema", "theory-model.schema.json")));
        Assert.Empty(Draft4Validator.Unsupported(schema.RootElement));
        var validator = new Draft4Validator(schema.RootElement);

        foreach (var source in new[]
        {
            Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration"),
            Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "hostile"),
            Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "basics"),
            Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Compiler.Tests", "Emit", "additions"),
        })
        {
            var output = Path.Combine(temp.Path, Path.GetFileName(source));
            var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", source, "-o", output, "--no-svg");
            Assert.True(exit == 0, stderr);
            using var json = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(output, "*.json").Single()));
            Assert.Empty(validator.Validate(json.RootElement));
        }

        // The validator does reject a model that breaks the schema.
        using var bad = JsonDocument.Parse("{\"formatVersion\": 1, \"valid\": \"yes\"}");
        Assert.NotEmpty(validator.Validate(bad.RootElement));
    }

    [Fact]
    public void A_theory_with_errors_is_not_built_unless_forced_and_then_is_marked()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("t.theory", "theory T {}\ncmoc A: high trust => increased x -> increased y\n");
        var output = Path.Combine(temp.Path, "out");

        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", file, "-o", output, "--no-svg");
        Assert.Equal(1, exit);
        Assert.Contains("not building", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", file, "-o", output, "--no-svg", "--force");
        Assert.Equal(1, exit);
        Assert.Contains("BUILT FROM AN INVALID THEORY", File.ReadAllText(Path.Combine(output, "T.web.dot")), StringComparison.Ordinal);
        Assert.Contains("IsBuiltFromInvalidTheory = true", File.ReadAllText(Path.Combine(output, "T.cs")), StringComparison.Ordinal);
        Assert.Contains("\"valid\": false", File.ReadAllText(Path.Combine(output, "T.json")), StringComparison.Ordinal);
        Assert.Contains("TH2001", File.ReadAllText(Path.Combine(output, "T.INVALID.txt")), StringComparison.Ordinal);

        // Once the theory is fixed, a normal build replaces the outputs and removes the marker.
        temp.Write("t.theory", "theory T {}\nconstruct trust\nconstruct x\nconstruct y\ncmoc A: high trust => increased x -> increased y\n");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", file, "-o", output, "--no-svg");
        Assert.True(exit == 0, stderr);
        Assert.False(File.Exists(Path.Combine(output, "T.INVALID.txt")));
        Assert.DoesNotContain("INVALID", File.ReadAllText(Path.Combine(output, "T.web.dot")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public void A_forced_build_is_the_same_bytes_from_any_working_folder()
    {
        // The invalid marker lists the errors with paths relative to the project, so neither the
        // folder the build ran from nor the home folder leaks into the outputs.
        using var temp = new TempDirectory();
        temp.Write("project/theories/t.theory", "theory T {}\ncmoc A: high trust => increased x -> increased y\n");
        var fromRoot = TheoryProcess.Run(temp.Path, "build", "project/theories/t.theory", "-o", "a", "--no-svg", "--force");
        var fromInside = TheoryProcess.Run(Path.Combine(temp.Path, "project", "theories"), "build", "t.theory", "-o", "../../b", "--no-svg", "--force");
        Assert.Equal(1, fromRoot.ExitCode);
        Assert.Equal(1, fromInside.ExitCode);
        Assert.Contains("Wrote 7 files to a:", fromRoot.Stdout, StringComparison.Ordinal);

        var first = Directory.GetFiles(Path.Combine(temp.Path, "a")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([".theory-outputs", "T.INVALID.txt", "T.chains.dot", "T.cmocs.csv", "T.cmocs.xlsx", "T.cs", "T.json", "T.mmd", "T.web.dot"], first.Select(Path.GetFileName));
        foreach (var file in first)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(temp.Path, "b", Path.GetFileName(file))));
        var marker = File.ReadAllText(Path.Combine(temp.Path, "a", "T.INVALID.txt"));
        Assert.StartsWith("Built from a theory with errors; these outputs describe an invalid theory.\nt.theory(2,14): TH2001: ", marker, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, marker, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_graphviz_says_how_to_install_it_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("t.theory", "theory T {}\nconstruct a\nconstruct b\nlink a -> b\n");
        var output = Path.Combine(temp.Path, "out");
        var noDot = new Dictionary<string, string> { ["THEORY_DOT"] = Path.Combine(temp.Path, "no-such-dot") };

        var (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, noDot, "build", file, "-o", output);
        Assert.Equal(2, exit);
        Assert.Contains("Install Graphviz", stderr, StringComparison.Ordinal);
        Assert.Contains("--no-svg", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, noDot, "build", file, "-o", output, "--no-svg");
        Assert.True(exit == 0, stderr);
        Assert.Equal(8, Directory.GetFiles(output).Length);               // seven outputs and the manifest
    }

    [Fact]
    public void A_diagram_graphviz_cannot_draw_in_time_costs_only_that_picture()
    {
        if (OperatingSystem.IsWindows())
            return; // The stand-in dot below is a shell script.
        RequireGraphviz();
        using var temp = new TempDirectory();
        var file = temp.Write("t.theory", "theory T {}\nconstruct a\nconstruct b\nlink a -> b\n");
        var output = Path.Combine(temp.Path, "out");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", file, "-o", output);
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "T.web.svg")));

        // A dot that never finishes: the models and DOT are still written, the old SVGs are removed
        // rather than left stale, and the warning points to what can be drawn instead.
        var hanging = temp.Write("hanging-dot", "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        temp.Write("t.theory", "theory T {}\nconstruct a\nconstruct b\nconstruct c\nlink a -> b\nlink b -> c\n");
        (exit, var stdout, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, new Dictionary<string, string> { ["THEORY_DOT"] = hanging },
            "build", file, "-o", output, "--timeout", "1");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("theory: warning: T.web.svg was not drawn: Graphviz 'dot' did not finish within 1 s", stderr, StringComparison.Ordinal);
        Assert.Contains("--view summary", stderr, StringComparison.Ordinal);
        Assert.Contains("--no-svg", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "T.web.svg")));
        Assert.False(File.Exists(Path.Combine(output, "T.chains.svg")));
        Assert.Contains("\"c\"", File.ReadAllText(Path.Combine(output, "T.web.dot")), StringComparison.Ordinal);
        Assert.Contains("\"c\"", File.ReadAllText(Path.Combine(output, "T.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_folder_defaults_to_theory_json_output()
    {
        using var temp = new TempDirectory();
        temp.Write("theory.json", "{ \"output\": \"artefacts\" }");
        temp.Write("t.theory", "theory T {}\nconstruct a\nconstruct b\nlink a -> b\n");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", temp.Path, "--no-svg");
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(temp.Path, "artefacts", "T.json")));
    }

    internal static void RequireGraphviz()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(d => File.Exists(Path.Combine(d, "dot")) || File.Exists(Path.Combine(d, "dot.exe")));
        Assert.True(found, "Graphviz 'dot' is needed for this test: apt-get install graphviz (.ci/run installs it).");
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
