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
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (default: report.html).", DefaultValueFactory = _ => "report.html" };
        var timeout = CommonOptions.Timeout();
        var command = new Command("report", "Write a theory as one self-contained HTML page: the web with pan and zoom, search, the evidence behind each claim, diagnostics and tables.")
        {
            paths, output, timeout,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(output)!, result.GetValue(timeout), context));
        return command;
    }

    private static int Run(string[] paths, string output, int timeoutSeconds, CliContext context)
    {
        var stderr = context.Stderr;
        if (timeoutSeconds <= 0)
            return CommonOptions.Fail(stderr, "--timeout must be a positive number of seconds");
        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        if (workspace.Compilations.Length != 1)
            return CommonOptions.Fail(stderr, $"report shows one theory, but {workspace.Compilations.Length} were found; pass one theory file or project folder");
        var full = context.FullPath(output);
        if (workspace.IsInput(full))
            return CommonOptions.Fail(stderr, $"'{TerminalText.Safe(output)}' is one of the theory's own files; write the report to another file");

        var compilation = workspace.Compilations[0];
        var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
        if (renderer is null)
            return CommonOptions.Fail(stderr, $"cannot draw the web for the report: {missing}");
        string svg;
        try
        {
            svg = System.Text.Encoding.UTF8.GetString(renderer.RenderLegible(DotEmitter.Emit(compilation, DotView.Web), "svg"));
        }
        catch (GraphvizException e)
        {
            return CommonOptions.Fail(stderr, e.Message);
        }

        // Paths in the page are relative to the project, as in every output: the same bytes on every
        // machine, and no home folder in a report that is shared.
        var options = BuildPlan.OutputOptions(workspace, compilation, csharpNamespace: null);
        var html = ReportEmitter.Emit(compilation, svg, workspace.GetDiagnostics(), options);
        try
        {
            AtomicFileWriter.WriteText(full, html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Fail(stderr, $"cannot write '{TerminalText.Safe(output)}': {e.Message}");
        }

        context.Stdout.WriteLine($"wrote {TerminalText.Safe(output)}");
        return compilation.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
