using System.Globalization;
using System.Text.RegularExpressions;
using Theory.Emit;
using Theory.Emit.Dot;
using Theory.Semantics;

namespace Theory.Cli.Rendering;

/// <summary>
/// Lays a diagram out as a figure that fits a page: text at the requested size, labels wrapped,
/// and whichever direction (top to bottom or left to right) fits the width at that size, measured
/// by laying out both with Graphviz. A web too wide for the page at that size is drawn as its
/// summary (one node per group) when the view was not chosen, since scaling it down would print
/// text no one can read; when nothing fits, the narrowest layout is scaled to the width and the
/// note says how small its text became.
/// </summary>
internal sealed partial class FigureRenderer(GraphvizRenderer renderer)
{
    /// <summary>
    /// The figure as laid out: its DOT, the Graphviz arguments that size it, the view and direction
    /// chosen, and a note for the user when it had to give way. <see cref="Draw"/> makes each format.
    /// </summary>
    public sealed record Figure(string Dot, IReadOnlyList<string> Arguments, DotView View, DiagramDirection Direction, string? Note, int Dpi)
    {
        /// <summary>The DOT with the sizing carried as graph attributes, so it draws the same figure in any Graphviz.</summary>
        public string SizedDot()
        {
            var attributes = Arguments.Where(a => a.StartsWith("-G", StringComparison.Ordinal))
                .Select(a => a.Substring(2).Split('=', 2)).Where(p => p.Length == 2)
                .Select(p => p[0] + "=\"" + p[1] + "\"").ToList();
            if (attributes.Count == 0)
                return Dot;
            var open = Dot.IndexOf("{\n", StringComparison.Ordinal) + 2;
            return Dot.Substring(0, open) + "  graph [" + string.Join(", ", attributes) + "];\n" + Dot.Substring(open);
        }
    }

    /// <summary>The figure in <paramref name="format"/> (svg, pdf or png, at the requested resolution).</summary>
    public byte[] Draw(Figure figure, string format) =>
        renderer.RenderLegible(figure.Dot, format,
            format == "png" ? [.. figure.Arguments, "-Gdpi=" + figure.Dpi.ToString(CultureInfo.InvariantCulture)] : figure.Arguments);

    /// <summary>
    /// A page 176 mm wide holds about a hundred 8 pt nodes with no room left for edges; a web with
    /// more constructs than this is not laid out for a figure at all (at 1,000 constructs that
    /// alone takes minutes) when the summary may be drawn instead.
    /// </summary>
    private const int PrintableConstructs = 100;

    public Figure Plan(Compilation compilation, DotView view, bool mayFallBack, FigureRequest request, EmitOptions options)
    {
        // A flat theory (no groups, no stages) has no summary worth drawing: its web is scaled instead.
        mayFallBack = mayFallBack && DotEmitter.CanSummarise(compilation);
        var large = view == DotView.Web && mayFallBack && compilation.Constructs.Length > PrintableConstructs;
        var tried = large ? [] : Layouts(compilation, view, request, options).ToList();
        var fitting = tried.Where(l => l.Width <= request.WidthPoints + 0.5).OrderBy(l => l.Height).FirstOrDefault();
        string? note = null;
        if (fitting is null && view == DotView.Web && mayFallBack)
        {
            var summaries = Layouts(compilation, DotView.Summary, request, options).ToList();
            var summary = summaries.Where(l => l.Width <= request.WidthPoints + 0.5).OrderBy(l => l.Height).FirstOrDefault();
            var why = large
                ? $"a web of {compilation.Constructs.Length} constructs is too large to print whole at {Points(request.FontPoints)} pt on a page"
                : $"the whole web needs {PrintSize.Millimetres(tried.Min(l => l.Width))} at {Points(request.FontPoints)} pt text, wider than {PrintSize.Millimetres(request.WidthPoints)}";
            if (summary is not null || large)
            {
                note = why + ": drew the summary view (one node per group); pass --view web to draw the whole web scaled down, or a wider --width";
                fitting = summary;
                if (large)
                {
                    tried = summaries;
                    view = DotView.Summary;
                }
            }
        }

        var chosen = fitting ?? tried.OrderBy(l => l.Width).First();
        var arguments = new List<string>();
        if (fitting is null)
        {
            // Nothing fits: scale to the width, and say what that does to the text.
            var scale = request.WidthPoints / chosen.Width;
            arguments.Add("-Gsize=" + Inches(request.WidthPoints) + ",1000");
            note = (note is null ? "" : note + "; ") + $"the {Name(view)} needs {PrintSize.Millimetres(chosen.Width)} at {Points(request.FontPoints)} pt text; scaled to {PrintSize.Millimetres(request.WidthPoints)}, its text is {Points(request.FontPoints * scale)} pt"
                + (view == DotView.Web && DotEmitter.CanSummarise(compilation) ? "; the summary view (--view summary) is drawn for a page" : "")
                + (view == DotView.Web && !DotEmitter.CanSummarise(compilation) ? "; declaring groups (themes, clusters) or stages gives a summary view that fits a page" : "")
                + (view == DotView.Summary && chosen.View == DotView.Summary ? "; fewer, larger groups make a smaller summary" : "");
        }

        return new Figure(chosen.Dot, arguments, chosen.View, chosen.Direction, note, request.Dpi);
    }

    private sealed record Layout(DotView View, DiagramDirection Direction, string Dot, double Width, double Height);

    private IEnumerable<Layout> Layouts(Compilation compilation, DotView view, FigureRequest request, EmitOptions options)
    {
        foreach (var direction in new[] { DiagramDirection.TopToBottom, DiagramDirection.LeftToRight })
        {
            var dot = DotEmitter.Emit(compilation, view, new EmitOptions
            {
                DisplayPath = options.DisplayPath, Namespace = options.Namespace, ClassName = options.ClassName,
                Diagram = DiagramOptions.Figure(request.FontPoints, direction),
            });
            var svg = renderer.RenderLegible(dot, "svg");
            var (width, height) = SizeOf(svg);
            yield return new Layout(view, direction, dot, width, height);
        }
    }

    /// <summary>The drawing's size in points, from the SVG's root element.</summary>
    internal static (double Width, double Height) SizeOf(byte[] svg)
    {
        var head = System.Text.Encoding.UTF8.GetString(svg, 0, Math.Min(svg.Length, 4096));
        var match = SvgSize().Match(head);
        if (!match.Success)
            throw new GraphvizException("Graphviz's SVG has no size in points");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static string Name(DotView view) => view switch
    {
        DotView.Chains => "chains view",
        DotView.Summary => "summary view",
        _ => "web",
    };

    private static string Inches(double points) => (points / PrintSize.PointsPerInch).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Points(double points) => points.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex("<svg width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"")]
    private static partial Regex SvgSize();
}
