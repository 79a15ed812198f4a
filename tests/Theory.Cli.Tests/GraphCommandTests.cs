namespace Theory.Cli.Tests;

/// <summary>`theory graph`: views, formats, the focus view's construct lookup and clear errors.</summary>
public class GraphCommandTests
{
    private static readonly string Example = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration");

    [Fact]
    public void Dot_goes_to_standard_output_for_each_view()
    {
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example);
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("digraph \"InterorganisationalCollaboration\" {", stdout, StringComparison.Ordinal);

        (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--view", "chains");
        Assert.Equal(0, exit);
        Assert.Contains("shape=record", stdout, StringComparison.Ordinal);

        // The focus view finds a construct by alias and stays within the depth asked for.
        (exit, stdout, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--view", "focus", "--construct", "interorganisational trust", "--depth", "1");
        Assert.Equal(0, exit);
        Assert.Contains("\"trust\" [", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"population_health\" [", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_and_png_are_rendered_by_graphviz()
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        var svg = Path.Combine(temp.Path, "web.svg");
        var png = Path.Combine(temp.Path, "web.png");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Example, "--format", "svg", "-o", svg);
        Assert.True(exit == 0, stderr);
        Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Example, "--view", "chains", "--format", "png", "-o", png);
        Assert.True(exit == 0, stderr);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4).ToArray());
    }

    [Fact]
    public void Graphml_holds_the_web_with_its_attributes_for_network_tools()
    {
        using var temp = new TempDirectory();
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Example, "--format", "graphml", "-o", "web.graphml");
        Assert.True(exit == 0, stderr);
        var document = System.Xml.Linq.XDocument.Load(Path.Combine(temp.Path, "web.graphml"));
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var (_, dot, _) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example);
        Assert.Equal(CountOf(dot, "id=\"construct:"), document.Descendants(ns + "node").Count());
        Assert.Equal(CountOf(dot, "id=\"edge:"), document.Descendants(ns + "edge").Count());
        var trust = document.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == "trust");
        Assert.Equal("Trust", trust.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "label").Value);
        var keys = document.Descendants(ns + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(document.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
        Assert.Contains(document.Descendants(ns + "edge"), e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "sign" && d.Value == "-"));

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Example, "--format", "graphml", "--view", "chains");
        Assert.Equal(2, exit);
        Assert.Contains("graphml", stderr, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public void Mistakes_get_clear_messages()
    {
        var (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--view", "focus", "--construct", "trusst");
        Assert.Equal(2, exit);
        Assert.Contains("no construct named 'trusst'; did you mean 'trust'?", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--view", "focus");
        Assert.Equal(2, exit);
        Assert.Contains("--construct", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--format", "png");
        Assert.Equal(2, exit);
        Assert.Contains("-o FILE", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", Example, "--format", "jpeg");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Without_graphviz_dot_still_works_and_other_formats_say_how_to_install_it()
    {
        using var temp = new TempDirectory();
        var noDot = new Dictionary<string, string> { ["THEORY_DOT"] = Path.Combine(temp.Path, "no-such-dot") };
        var (exit, stdout, _) = TheoryProcess.RunWithEnvironment(temp.Path, noDot, "graph", Example, "--format", "dot");
        Assert.Equal(0, exit);
        Assert.StartsWith("digraph", stdout, StringComparison.Ordinal);

        (exit, _, var stderr) = TheoryProcess.RunWithEnvironment(temp.Path, noDot, "graph", Example, "--format", "svg");
        Assert.Equal(2, exit);
        Assert.Contains("apt-get install graphviz", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_that_hangs_is_stopped_and_one_that_fails_is_reported()
    {
        if (OperatingSystem.IsWindows())
            return; // The stand-in dot programs below are shell scripts.
        using var temp = new TempDirectory();
        var hanging = temp.Write("hanging-dot", "#!/bin/sh\nsleep 30\n");
        var failing = temp.Write("failing-dot", "#!/bin/sh\ncat > /dev/null\necho 'syntax error in line 1' >&2\nexit 3\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, new Dictionary<string, string> { ["THEORY_DOT"] = hanging },
            "graph", Example, "--format", "svg", "--timeout", "1");
        Assert.Equal(2, exit);
        Assert.Contains("did not finish within 1 s", stderr, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(25), "the hanging dot was not stopped");

        (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, new Dictionary<string, string> { ["THEORY_DOT"] = failing },
            "graph", Example, "--format", "svg");
        Assert.Equal(2, exit);
        Assert.Contains("exit code 3", stderr, StringComparison.Ordinal);
        Assert.Contains("syntax error in line 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_that_never_reads_its_input_is_stopped_by_the_timeout_even_for_a_large_graph()
    {
        // The DOT of this theory is megabytes, far more than a pipe holds: the write used to block
        // before the timeout clock started, so `--timeout 1` never fired.
        if (OperatingSystem.IsWindows())
            return;
        using var temp = new TempDirectory();
        var deaf = temp.Write("deaf-dot", "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(deaf, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var theory = new System.Text.StringBuilder();
        for (var i = 0; i < 20_000; i++)
            theory.Append(System.Globalization.CultureInfo.InvariantCulture, $"construct c{i} \"A long label for construct number {i} to fill the pipe\"\nlink high c{i} -> increased c{i + 1}\n");
        theory.Append("construct c20000\n");
        temp.Write("big.theory", theory.ToString());

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, stderr) = TheoryProcess.RunWithEnvironment(temp.Path, new Dictionary<string, string> { ["THEORY_DOT"] = deaf },
            "graph", "big.theory", "--format", "svg", "--timeout", "1");
        Assert.Equal(2, exit);
        Assert.Contains("did not finish within 1 s", stderr, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
