using System.CommandLine;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Emit.Dot;
using Theory.Emit.Report;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory report [paths] -o report.html`: the theory as one self-contained page to click through
/// with stakeholders — the causal web (rendered by Graphviz), a search box, the claims and evidence
/// behind every construct and edge, the diagnostics and the claims by group. Opens offline.
/// `--format markdown` writes the CMOC appendix as Pandoc Markdown instead, and `--format docx`
/// turns it into Word through pandoc.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: report.html, appendix.md or appendix.docx)." };
        var format = new Option<string>("--format")
        {
            Description = "html (the interactive page), markdown (the CMOC appendix as Pandoc Markdown, with [@key] citations) or docx (that appendix in Word, through pandoc).",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "markdown", "docx");
        var timeout = CommonOptions.Timeout();
        var command = new Command("report", "Write a theory as one self-contained HTML page (the web with pan and zoom, search, the evidence behind each claim), or its CMOC appendix for a paper.")
        {
            paths, output, format, timeout,
        };
        command.SetAction(result =>
        {
            var chosen = result.GetValue(format) ?? "html";
            var file = result.GetValue(output) ?? chosen switch { "markdown" => "appendix.md", "docx" => "appendix.docx", _ => "report.html" };
            return chosen == "html"
                ? Run(result.GetValue(paths) ?? [], file, result.GetValue(timeout), context)
                : AppendixCommand.Run(result.GetValue(paths) ?? [], file, chosen, result.GetValue(timeout), context);
        });
        return command;
    }

    private static int Run(string[] paths, string output, int timeoutSeconds, CliContext context)
    {
        var stderr = context.Stderr;
        if (CommonOptions.LoadOneTheory(paths, output, timeoutSeconds, context) is not (var workspace, var compilation, var full))
            return ExitCodes.UsageOrIo;
        var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
        if (renderer is null)
            return CommonOptions.Fail(stderr, $"cannot draw the web for the report: {missing}");
        string html;
        try
        {
            html = Page(workspace, compilation, renderer, events: null);
        }
        catch (GraphvizException e)
        {
            return CommonOptions.Fail(stderr, e.Message);
        }

        return CommonOptions.WriteOutput(full, output, new System.Text.UTF8Encoding(false).GetBytes(html), compilation, context);
    }

    /// <summary>
    /// The report page of one theory (for live preview, reloading on <paramref name="events"/>).
    /// Throws <see cref="GraphvizException"/> when the web cannot be drawn.
    /// </summary>
    internal static string Page(TheoryWorkspace workspace, Theory.Semantics.Compilation compilation, GraphvizRenderer renderer, string? events)
    {
        var svg = System.Text.Encoding.UTF8.GetString(renderer.RenderLegible(DotEmitter.Emit(compilation, DotView.Web), "svg"));
        // Paths in the page are relative to the project, as in every output: the same bytes on every
        // machine, and no home folder in a report that is shared.
        var options = BuildPlan.OutputOptions(workspace, compilation, csharpNamespace: null);
        return events is null
            ? ReportEmitter.Emit(compilation, svg, workspace.GetDiagnostics(), options)
            : ReportEmitter.EmitLive(compilation, svg, workspace.GetDiagnostics(), events, options);
    }
}
