using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Theory.Diagnostics;
using Theory.Semantics;

namespace Theory.Emit.Report;

/// <summary>
/// `theory report`: one self-contained, offline HTML page for a theory — its causal web as SVG
/// with pan and zoom, a search box, a side panel with the claims and evidence behind each construct
/// and edge, the diagnostics, and tables of the claims by group. No network, no server: the page
/// carries its own script (svg-pan-zoom, vendored from npm, and ours), and its Content Security
/// Policy allows exactly those scripts by hash, so nothing a theory says can run.
/// </summary>
public static class ReportEmitter
{
    /// <summary>The page, given the web already rendered to SVG by Graphviz (see <see cref="Dot.DotEmitter"/>).</summary>
    public static string Emit(Compilation compilation, string webSvg, IEnumerable<Diagnostic> diagnostics, EmitOptions? options = null) =>
        Page(compilation, webSvg, diagnostics, options, events: null);

    /// <summary>
    /// The page for live preview (`theory serve`): as <see cref="Emit"/>, plus a script that reloads
    /// it when the server sends a <c>reload</c> event on <paramref name="eventsPath"/> (server-sent
    /// events, same origin; the Content Security Policy allows that connection and that script only).
    /// </summary>
    public static string EmitLive(Compilation compilation, string webSvg, IEnumerable<Diagnostic> diagnostics, string eventsPath, EmitOptions? options = null)
    {
        if (eventsPath is null || !eventsPath.StartsWith("/", StringComparison.Ordinal) || eventsPath.Any(c => c is '"' or '\\' or '<' or '>' || char.IsControl(c)))
            throw new ArgumentException("The events path is a same-origin absolute path such as /events.", nameof(eventsPath));
        return Page(compilation, webSvg, diagnostics, options, eventsPath);
    }

    private static string Page(Compilation compilation, string webSvg, IEnumerable<Diagnostic> diagnostics, EmitOptions? options, string? events)
    {
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        options ??= EmitOptions.Default;
        var data = ReportData.Write(compilation, diagnostics, options);
        var panZoom = Asset("svg-pan-zoom.min.js");
        var script = Asset("report.js");
        // Reloading keeps the address, and so whatever the reader had open (see report.js).
        var live = events is null ? null
            : "(function () { var source = new EventSource(\"" + events + "\"); source.addEventListener(\"reload\", function () { location.reload(); }); })();";
        var title = Html(TheoryNames.Title(compilation));
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src ")
            .Append(Hash(panZoom)).Append(' ').Append(Hash(script)).Append(live is null ? "" : " " + Hash(live))
            .Append("; style-src 'unsafe-inline'; img-src data:").Append(live is null ? "" : "; connect-src 'self'").Append("\">\n")
            .Append("<meta name=\"generator\" content=\"theory report\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Asset("report.css")).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>").Append(title).Append(compilation.HasErrors ? " (the theory has errors)" : "").Append("</h1>")
            .Append("<input id=\"search\" type=\"search\" placeholder=\"Search constructs and claims\" aria-label=\"Search\"><ul id=\"results\"></ul></header>\n")
            .Append("<main>\n<section id=\"web\" aria-label=\"Causal web\">\n").Append(SvgElement(webSvg)).Append("\n</section>\n")
            .Append("<aside id=\"panel\" aria-live=\"polite\"><p>Click a construct, an edge or a claim to see what stands behind it.</p></aside>\n</main>\n")
            .Append("<section id=\"diagnostics\"><h2>Diagnostics</h2><ul id=\"diagnostic-list\"></ul></section>\n")
            .Append("<section id=\"tables\"><h2>Claims by group</h2><input id=\"filter\" type=\"search\" placeholder=\"Filter the tables\" aria-label=\"Filter\"><div id=\"table-list\"></div></section>\n")
            .Append("<script type=\"application/json\" id=\"theory-data\">").Append(data).Append("</script>\n")
            .Append("<!-- svg-pan-zoom 3.6.2 (https://github.com/bumbu/svg-pan-zoom), vendored from npm, under this licence:\n")
            .Append(Asset("svg-pan-zoom.LICENSE")).Append("-->\n")
            .Append("<script>").Append(panZoom).Append("</script>\n")
            .Append("<script>").Append(script).Append("</script>\n")
            .Append(live is null ? "" : "<script>" + live + "</script>\n")
            .Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The `svg` element of Graphviz's output, without the XML declaration and doctype an HTML page cannot hold.</summary>
    private static string SvgElement(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 ? "" : svg.Substring(start).TrimEnd();
    }

    private static string Hash(string script)
    {
        using var sha = SHA256.Create();
        return "'sha256-" + Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(script))) + "'";
    }

    private static string Html(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static string Asset(string name)
    {
        using var stream = typeof(ReportEmitter).Assembly.GetManifestResourceStream("report/" + name)
            ?? throw new InvalidOperationException($"the report asset {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
