using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Theory.Cli.Tests;

/// <summary>
/// Publication figures, measured as a journal's production team would: every example drawn at
/// 176 mm must print no text under 8 pt at that width, and no two edge labels may overprint,
/// in the figure or in the analyst's map. Sizes come from the SVG Graphviz wrote.
/// </summary>
public partial class FigureTests
{
    private const double Width176MmInPoints = 176 / 25.4 * 72;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(TheoryProcess.RepositoryRoot, "examples")).Order(StringComparer.Ordinal))
        {
            if (Directory.EnumerateFiles(folder, "*.theory").Any())
                data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_fits_176_mm_with_text_of_at_least_8_pt(string example)
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        var svgPath = Path.Combine(temp.Path, "figure.svg");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Path.Combine(TheoryProcess.RepositoryRoot, "examples", example),
            "--width", "176mm", "--format", "svg", "-o", svgPath);
        Assert.True(exit == 0, stderr);
        var svg = Svg.Load(svgPath);

        Assert.True(svg.PrintedWidth <= Width176MmInPoints + 0.5, $"{example}: {svg.PrintedWidth} pt is wider than 176 mm");
        var smallest = svg.Texts.Min(t => t.Size) * svg.Scale;
        Assert.True(smallest >= 7.99, $"{example}: text of {smallest:0.0} pt at 176 mm ({stderr})");
        AssertNoEdgeLabelsOverlap(svg, example + " figure");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Edge_labels_never_overprint_in_the_analysts_map(string example)
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        foreach (var view in new[] { "web", "summary", "chains" })
        {
            var svgPath = Path.Combine(temp.Path, view + ".svg");
            var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", Path.Combine(TheoryProcess.RepositoryRoot, "examples", example),
                "--view", view, "--format", "svg", "-o", svgPath);
            Assert.True(exit == 0, stderr);
            AssertNoEdgeLabelsOverlap(Svg.Load(svgPath), example + " " + view);
        }
    }

    [Fact]
    public void Sizes_and_resolution_are_checked_and_reach_graphviz()
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        var example = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "initial-rough-theory");

        // A PNG at 300 dpi of a figure at most 85 mm wide is at most 85 / 25.4 * 300 pixels wide.
        var png = Path.Combine(temp.Path, "figure.png");
        var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", example, "--width", "85mm", "--dpi", "300", "--format", "png", "-o", png);
        Assert.True(exit == 0, stderr);
        var bytes = File.ReadAllBytes(png);
        var pixels = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        Assert.InRange(pixels, 300, (int)(85 / 25.4 * 300) + 2);

        // The PDF is vector, with its fonts embedded.
        var pdf = Path.Combine(temp.Path, "figure.pdf");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", example, "--width", "176mm", "--format", "pdf", "-o", pdf);
        Assert.True(exit == 0, stderr);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/FontFile", text, StringComparison.Ordinal);

        // Graphviz's PDF carries the second it was made; ours does not, so builds are byte-identical.
        Assert.DoesNotContain("/CreationDate", text, StringComparison.Ordinal);
        Thread.Sleep(1100);
        var again = Path.Combine(temp.Path, "again.pdf");
        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "graph", example, "--width", "176mm", "--format", "pdf", "-o", again);
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllBytes(pdf), File.ReadAllBytes(again));

        foreach (var bad in new[] { new[] { "--width", "wide" }, ["--width", "0mm"], ["--width", "176mm", "--font-size", "2pt"], ["--width", "176mm", "--dpi", "5"], ["--dpi", "300"] })
        {
            (exit, _, stderr) = TheoryProcess.Run(temp.Path, ["graph", example, "--format", "svg", .. bad]);
            Assert.True(exit == 2, string.Join(" ", bad));
            Assert.StartsWith("theory: error: ", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_web_too_wide_for_the_page_is_drawn_as_its_summary_and_the_user_is_told()
    {
        BuildCommandTests.RequireGraphviz();
        var example = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "interorganisational-collaboration");
        var (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", example, "--width", "176mm");
        Assert.True(exit == 0, stderr);
        Assert.Contains("— summary", stdout, StringComparison.Ordinal);
        Assert.Contains("theory: note: the whole web needs", stderr, StringComparison.Ordinal);

        // Asked for by name, the web is drawn whole, scaled, and the note says how small its text is.
        (exit, stdout, stderr) = TheoryProcess.Run(TheoryProcess.RepositoryRoot, "graph", example, "--width", "176mm", "--view", "web");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("— summary", stdout, StringComparison.Ordinal);
        Assert.Matches(@"its text is [0-9.]+ pt", stderr);
        // The DOT carries its scaling, so any Graphviz draws the same figure from it.
        Assert.Contains("graph [size=\"6.929,1000\"];", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_figure_as_svg_pdf_and_png_beside_the_other_outputs()
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        var example = Path.Combine(TheoryProcess.RepositoryRoot, "examples", "intersectoral-partnerships");
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "build", example, "-o", "out", "--width", "85mm");
        Assert.True(exit == 0, stdout + stderr);
        var name = Path.Combine(temp.Path, "out", "IntersectoralPartnerships.figure.");
        Assert.True(Svg.Load(name + "svg").PrintedWidth <= 85 / 25.4 * 72 + 0.5);
        Assert.StartsWith("%PDF-", File.ReadAllText(name + "pdf"), StringComparison.Ordinal);
        Assert.Equal((byte)'P', File.ReadAllBytes(name + "png")[1]);
        Assert.Contains("theory: note: IntersectoralPartnerships: ", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = TheoryProcess.Run(temp.Path, "build", example, "-o", "out", "--width", "85mm", "--no-svg");
        Assert.Equal(2, exit);
        Assert.Contains("--no-svg", stderr, StringComparison.Ordinal);
    }

    private static void AssertNoEdgeLabelsOverlap(Svg svg, string what)
    {
        var labels = svg.EdgeLabels;
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Overlaps(labels[j]), $"{what}: edge labels '{labels[i].Text}' and '{labels[j].Text}' overprint");
            }
        }
    }

    /// <summary>A text element of Graphviz's SVG, with a box estimated from its anchor, size and length.</summary>
    private sealed record SvgText(string Text, double X, double Y, double Size, string Anchor)
    {
        // Helvetica's average advance is about half its size; a little under, so touching is not overlap.
        private double Width => Text.Length * Size * 0.45;

        private double Left => Anchor switch { "middle" => X - Width / 2, "end" => X - Width, _ => X };

        public bool Overlaps(SvgText other) =>
            Left < other.Left + other.Width && other.Left < Left + Width
            && Y - Size * 0.8 < other.Y && other.Y - other.Size * 0.8 < Y;
    }

    private sealed partial class Svg
    {
        private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

        public required double PrintedWidth { get; init; }

        /// <summary>How much the drawing is scaled to its printed width (Graphviz's scale transform).</summary>
        public required double Scale { get; init; }

        public required List<SvgText> Texts { get; init; }

        public required List<SvgText> EdgeLabels { get; init; }

        public static Svg Load(string path)
        {
            var document = XDocument.Load(path);
            var root = document.Root!;
            var width = double.Parse(root.Attribute("width")!.Value.Replace("pt", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var transform = root.Element(Ns + "g")!.Attribute("transform")?.Value ?? "";
            var match = ScaleTransform().Match(transform);
            var scale = match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
            return new Svg
            {
                PrintedWidth = width,
                Scale = scale,
                Texts = root.Descendants(Ns + "text").Select(Read).ToList(),
                EdgeLabels = root.Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == "edge")
                    .SelectMany(g => g.Descendants(Ns + "text")).Select(Read).ToList(),
            };
        }

        private static SvgText Read(XElement text) => new(
            text.Value,
            double.Parse(text.Attribute("x")!.Value, CultureInfo.InvariantCulture),
            double.Parse(text.Attribute("y")!.Value, CultureInfo.InvariantCulture),
            double.Parse(text.Attribute("font-size")?.Value ?? "14", CultureInfo.InvariantCulture),
            (string?)text.Attribute("text-anchor") ?? "start");

        [GeneratedRegex(@"scale\(([0-9.]+)")]
        private static partial Regex ScaleTransform();
    }
}
