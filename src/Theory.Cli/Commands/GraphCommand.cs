using System.CommandLine;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Diagnostics;
using Theory.Emit;
using Theory.Emit.Dot;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory graph [paths] --view web|summary|chains|focus --format dot|svg|png|pdf`: one diagram of one
/// theory. DOT needs nothing else; the other formats go through Graphviz's `dot`. With `--width` the
/// diagram is a publication figure: its text is `--font-size` at that printed width (see <see cref="FigureRenderer"/>).
/// </summary>
internal static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var view = new Option<string>("--view")
        {
            Description = "web (constructs and signed edges), summary (one node per group, edges counted by sign), chains (CMOCs as C | M | O records) or focus (one construct's neighbourhood).",
            DefaultValueFactory = _ => "web",
        };
        view.AcceptOnlyFromAmong("web", "summary", "chains", "focus");
        var format = new Option<string>("--format")
        {
            Description = "dot (text, no Graphviz needed), svg, png or pdf (rendered by Graphviz's dot), or graphml (the web with its attributes, for Gephi, Cytoscape or yEd).",
            DefaultValueFactory = _ => "dot",
        };
        format.AcceptOnlyFromAmong("dot", "svg", "png", "pdf", "graphml");
        var construct = new Option<string?>("--construct") { Description = "The construct to centre the focus view on (name, alias or label)." };
        var depth = new Option<int>("--depth") { Description = "How many edges out from the construct the focus view reaches (default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output", "-o") { Description = "File to write; dot and svg go to standard output when omitted." };
        var timeout = CommonOptions.Timeout();
        var (width, fontSize, dpi) = (FigureOptions.Width(), FigureOptions.FontSize(), FigureOptions.Dpi());

        var command = new Command("graph", "Draw a theory's causal web, its summary, its CMOC chains, or one construct's neighbourhood.")
        {
            paths, view, format, construct, depth, output, timeout, width, fontSize, dpi,
        };
        command.SetAction(result =>
        {
            if (!FigureOptions.TryRead(result, width, fontSize, dpi, context.Stderr, out var figure))
                return ExitCodes.UsageOrIo;
            return Run(
                result.GetValue(paths) ?? [], result.GetValue(view) ?? "web", result.GetResult(view) is null or { Implicit: true },
                result.GetValue(format) ?? "dot", result.GetValue(construct), result.GetValue(depth), result.GetValue(output), result.GetValue(timeout),
                figure, context);
        });
        return command;
    }

    private static int Run(string[] paths, string view, bool viewImplicit, string format, string? constructName, int depth, string? output, int timeoutSeconds,
        FigureRequest? figure, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (view == "focus" && string.IsNullOrWhiteSpace(constructName))
            return CommonOptions.Fail(stderr, "the focus view needs --construct NAME");
        if (view != "focus" && constructName is not null)
            return CommonOptions.Fail(stderr, "--construct only applies to --view focus");
        if (depth < 0)
            return CommonOptions.Fail(stderr, "--depth cannot be negative");
        if (timeoutSeconds <= 0)
            return CommonOptions.Fail(stderr, "--timeout must be a positive number of seconds");
        if (format is "png" or "pdf" && output is null)
            return CommonOptions.Fail(stderr, $"{format} is a binary format: pass -o FILE");
        if (format == "graphml" && (view != "web" || figure is not null))
            return CommonOptions.Fail(stderr, "graphml holds the whole web with its attributes, for a network tool to lay out: it takes no --view or --width");
        if (figure is not null && view == "focus")
            return CommonOptions.Fail(stderr, "--width draws a figure of the whole theory (web, summary or chains), not of one construct's neighbourhood");

        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        if (workspace.Compilations.Length != 1)
        {
            return CommonOptions.Fail(stderr, $"graph draws one theory, but {workspace.Compilations.Length} were found; pass one theory file or project folder");
        }

        var compilation = workspace.Compilations[0];
        // Only whether the theory has errors matters here, so the checks that cannot raise one are skipped.
        var errors = compilation.GetErrors().Length;
        if (errors > 0)
            stderr.WriteLine($"theory: warning: the theory has {errors} error{(errors == 1 ? "" : "s")} (run 'theory check'); the diagram is marked as drawn from an invalid theory");
        var options = EmitOptions.Default;

        if (format == "graphml")
            return Write(System.Text.Encoding.UTF8.GetBytes(Theory.Emit.GraphMl.GraphMlEmitter.Emit(compilation)), output, workspace, compilation, context);

        string dot;
        if (view == "focus")
        {
            if (compilation.GetConstruct(constructName!) is not { } focus)
            {
                var suggestion = compilation.SuggestConstruct(constructName!);
                return CommonOptions.Fail(stderr, $"no construct named '{constructName}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }

            dot = DotEmitter.EmitFocus(compilation, focus, depth, options);
        }
        else
        {
            dot = DotEmitter.Emit(compilation, ViewOf(view), options);
        }

        byte[] bytes;
        if (figure is not null)
        {
            var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (renderer is null)
                return CommonOptions.Fail(stderr, $"cannot lay out a figure: {missing}");
            try
            {
                var figures = new FigureRenderer(renderer);
                var plan = figures.Plan(compilation, ViewOf(view), viewImplicit, figure, options);
                if (plan.Note is { } note)
                    stderr.WriteLine($"theory: note: {note}");
                bytes = format == "dot" ? System.Text.Encoding.UTF8.GetBytes(plan.SizedDot()) : figures.Draw(plan, format);
            }
            catch (GraphvizException e)
            {
                return CommonOptions.Fail(stderr, e.Message);
            }
        }
        else if (format == "dot")
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(dot);
        }
        else
        {
            var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (renderer is null)
                return CommonOptions.Fail(stderr, $"cannot render {format}: {missing}");
            try
            {
                bytes = renderer.RenderLegible(dot, format);
            }
            catch (GraphvizException e)
            {
                return CommonOptions.Fail(stderr, e.Message);
            }
        }

        return Write(bytes, output, workspace, compilation, context);
    }

    private static int Write(byte[] bytes, string? output, TheoryWorkspace workspace, Theory.Semantics.Compilation compilation, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (output is not null && workspace.IsInput(context.FullPath(output)))
            return CommonOptions.Fail(stderr, $"'{output}' is one of the theory's own files; write the diagram to another file");

        if (output is null)
        {
            stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
        }
        else
        {
            try
            {
                AtomicFileWriter.WriteBytes(context.FullPath(output), bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommonOptions.Fail(stderr, $"cannot write '{output}': {e.Message}");
            }
        }

        return compilation.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static DotView ViewOf(string view) => view switch
    {
        "chains" => DotView.Chains,
        "summary" => DotView.Summary,
        _ => DotView.Web,
    };
}
